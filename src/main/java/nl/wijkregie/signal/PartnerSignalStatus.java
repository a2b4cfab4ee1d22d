package nl.wijkregie.signal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a partner may know of its own signal: whether the municipality picked it up. Nothing of the municipality's
 * work with the resident (no contact, no result, no household) is shared.
 */
public record PartnerSignalStatus(String reference, LocalDate signalDate, Instant receivedAt, Status status) {

    /**
     * The API names these OPGEPAKT and NIET_OPGEPAKT (SignalMapper maps them): a known exception to the glossary's
     * language rule, kept because partners' systems read it.
     */
    public enum Status { PICKED_UP, NOT_PICKED_UP }
}
