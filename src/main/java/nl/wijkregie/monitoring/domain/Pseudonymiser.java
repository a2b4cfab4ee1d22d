package nl.wijkregie.monitoring.domain;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a household id into the pseudonym the outcome store keeps: HMAC-SHA256 under a secret that only the
 * application holds, so the same household links across its events while nobody without the secret can go back from
 * the pseudonym to the household (a plain hash of an id could be reversed by hashing every id). Rotating the secret
 * means re-keying the stored pseudonyms from the household ids, after which the old secret is destroyed
 * (docs/privacy.md).
 */
public final class Pseudonymiser {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_SECRET_BYTES = 32;

    private final SecretKeySpec secret;
    private final int version;

    public Pseudonymiser(byte[] secret, int version) {
        if (secret == null || secret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("the pseudonym secret needs at least " + MINIMUM_SECRET_BYTES
                    + " bytes");
        }
        this.secret = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.version = version;
    }

    /** Which secret made the pseudonyms, kept beside them so that a rotation knows what to re-key. */
    public int version() {
        return version;
    }

    /** 32 hex characters (128 bits of the MAC): unique enough for any municipality, half the storage. */
    public String pseudonymOf(UUID householdId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            byte[] digest = mac.doFinal(ByteBuffer.allocate(16).putLong(householdId.getMostSignificantBits())
                    .putLong(householdId.getLeastSignificantBits()).array());
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
