package nl.wijkregie.signal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a partner may know of its own signal: whether the municipality picked it up. Nothing of the municipality's
 * work with the resident (no contact, no result, no household) is shared.
 */
public record PartnerSignalStatus(String reference, LocalDate signalDate, Instant receivedAt, Status status) {

    public enum Status { OPGEPAKT, NIET_OPGEPAKT }
}
