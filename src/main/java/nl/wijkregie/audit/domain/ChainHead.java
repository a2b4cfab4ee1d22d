package nl.wijkregie.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of one hash chain ("stripe"). Writers lock the row, link their entries to its hash and move it on; 16
 * stripes let 16 transactions log at once instead of queueing on one global lock.
 */
@Entity
@Table(name = "access_log_chain")
public class ChainHead {

    @Id
    private int stripe;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false)
    private byte[] lastHash;

    protected ChainHead() {
    }

    public int stripe() {
        return stripe;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public byte[] lastHash() {
        return lastHash.clone();
    }

    void advance(long sequence, byte[] hash) {
        if (sequence != lastSequence + 1) {
            throw new IllegalStateException("chain " + stripe + " must advance by one");
        }
        this.lastSequence = sequence;
        this.lastHash = hash.clone();
    }
}
