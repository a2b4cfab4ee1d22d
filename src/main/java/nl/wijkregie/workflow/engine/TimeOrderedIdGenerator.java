package nl.wijkregie.workflow.engine;

import nl.wijkregie.shared.Ids;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;

/**
 * The engine's ids from {@link Ids}: time-ordered, so the engine's many indexes on ids grow at their right edge, and
 * made in memory, so no id block is fetched in a transaction of its own (which would need a second pooled connection
 * and starve the pool under load; ids must also be unique across Liberty nodes).
 */
final class TimeOrderedIdGenerator implements IdGenerator {

    @Override
    public String getNextId() {
        return Ids.newId().toString();
    }
}
