package nl.wijkregie.archfixture.signal.persistence;

/** A repository whose own record the REST layer used, as signal.rest.SignalMapper did. */
public class SignalBatchRepository {

    public record Rejection(int rowNumber, String reasons) {
    }
}
