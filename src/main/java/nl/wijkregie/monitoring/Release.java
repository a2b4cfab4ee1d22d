package nl.wijkregie.monitoring;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import nl.wijkregie.monitoring.domain.ReleaseContent;

/**
 * A release as it may be read by policy staff and the data warehouse: its definition, period, rule set, content hash,
 * when it was made and its published cells. Who asked is kept in the store and the access log, not here.
 */
public record Release(UUID id, String indicator, String areaLevel, String domain, YearMonth from, YearMonth to,
                      String rulesVersion, int threshold, int roundingBase, String contentHash, Instant releasedAt,
                      boolean scheduled, ReleaseContent content) {
}
