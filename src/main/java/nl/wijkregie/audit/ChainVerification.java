package nl.wijkregie.audit;

import java.util.UUID;

/** The outcome of recomputing the hash chains: the first entry whose hash does not match, if any. */
public record ChainVerification(boolean valid, long entriesChecked, UUID firstInvalidEntryId,
                                Integer firstInvalidStripe, Long firstInvalidSequence) {

    public static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null, null);
    }

    public static ChainVerification brokenAt(long checked, UUID entryId, int stripe, long sequence) {
        return new ChainVerification(false, checked, entryId, stripe, sequence);
    }
}
