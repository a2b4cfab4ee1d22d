package nl.wijkregie.waitinglist.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import nl.wijkregie.waitinglist.DashboardFigures;
import nl.wijkregie.waitinglist.WaitingDashboard;

/**
 * The team lead dashboard's JSON ({@link WaitingListDtos.DashboardDto}). Its figures — above all the waiting-time
 * table, nineteen twentieths of the response — are one copy for every lead of the same teams and period for up to a
 * minute (ADR 0028), so they are written once per copy and kept with it; only the lists, which name households and
 * are access-logged per request, are written for every request. The two JSON objects are joined into one.
 */
@ApplicationScoped
public class DashboardJson {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** By identity of the copy: the figures' holder keeps the current copies, so this keeps nothing longer. */
    private final Map<DashboardFigures.Dated, String> written = Collections.synchronizedMap(new WeakHashMap<>());

    @Inject
    WaitingListMapper mapper;

    public String of(WaitingDashboard.Dashboard dashboard) {
        String figures = written.computeIfAbsent(dashboard.figures(),
                dated -> JSON.toJson(mapper.toDto(dated.figures(), dated.computedAt())));
        String lists = JSON.toJson(mapper.toListsDto(dashboard));
        return lists.substring(0, lists.length() - 1) + "," + figures.substring(1);
    }
}
