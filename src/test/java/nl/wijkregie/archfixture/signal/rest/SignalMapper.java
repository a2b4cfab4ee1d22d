package nl.wijkregie.archfixture.signal.rest;

import nl.wijkregie.archfixture.signal.persistence.SignalBatchRepository;

/** rest → persistence. */
public class SignalMapper {

    public String toDto(SignalBatchRepository.Rejection rejection) {
        return rejection.rowNumber() + ": " + rejection.reasons();
    }
}
