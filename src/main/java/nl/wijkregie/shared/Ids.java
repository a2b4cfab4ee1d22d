package nl.wijkregie.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * New ids for our rows and the process engine's: time-ordered UUIDs (version 7, RFC 9562) from the JUG library. Random
 * (version 4) ids land on a random page of every index that holds them, so each insert touches, and after a checkpoint
 * logs in full, another index page; ids that grow with time are appended at the right edge. That matters for tables
 * that grow by a hundred thousand rows with one monthly signal list. They stay unguessable enough for ids that are
 * never a credential (74 random bits); they do reveal the moment of creation, which every such row also stores.
 */
public final class Ids {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    public static UUID newId() {
        return GENERATOR.generate();
    }
}
