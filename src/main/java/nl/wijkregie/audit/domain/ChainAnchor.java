package nl.wijkregie.audit.domain;

import java.util.HexFormat;

/**
 * Where one hash chain ended when it was anchored outside the database (ADR 0017): the chain must still reach this
 * sequence, with this hash, or it was cut back.
 */
public record ChainAnchor(int stripe, long sequence, byte[] hash) {

    public ChainAnchor {
        hash = hash.clone();
    }

    public static ChainAnchor of(ChainHead head) {
        return new ChainAnchor(head.stripe(), head.lastSequence(), head.lastHash());
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    /** One line of an anchor file: stripe, sequence and the hash in hex. */
    public String line() {
        return stripe + " " + sequence + " " + HexFormat.of().formatHex(hash);
    }

    public static ChainAnchor parse(String line) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length != 3) {
            throw new IllegalArgumentException("not an anchor line: " + line);
        }
        return new ChainAnchor(Integer.parseInt(fields[0]), Long.parseLong(fields[1]),
                HexFormat.of().parseHex(fields[2]));
    }
}
