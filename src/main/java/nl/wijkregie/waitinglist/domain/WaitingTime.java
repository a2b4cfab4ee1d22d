package nl.wijkregie.waitinglist.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.wijkregie.shared.InvalidFieldException;

/**
 * The waiting time of one referral, counted the way the norm counts it: from the request (315) to the start of care
 * (305), or to today while the household still waits. Days in a pause do not count against the norm; days paused at
 * the resident's own wish are reported apart from other pauses (Treeknormen: "wachten op eigen verzoek"). The
 * regional measure allocation (301) → start is reported too, and is absent when no allocation was received. Dates
 * out of order are refused here, so no screen or report ever shows a negative wait.
 */
public record WaitingTime(long grossDays, long residentWishDays, long otherPauseDays, long countedDays,
                          Long allocationToStartDays, boolean started) {

    /** One pause: {@code to} is null while it lasts (exclusive end: the day care waiting resumes). */
    public record Pause(LocalDate from, LocalDate to, PauseReason reason) {
    }

    public static WaitingTime of(LocalDate requestSent, LocalDate allocated, LocalDate careStarted,
                                 LocalDate careEnded, List<Pause> pauses, LocalDate today) {
        if (requestSent == null) {
            throw new InvalidFieldException("requestSentOn", "De datum van de aanvraag (315) ontbreekt");
        }
        if (allocated != null && allocated.isBefore(requestSent)) {
            throw new InvalidFieldException("allocatedOn", "De toewijzing (301) ligt vóór de aanvraag (315)");
        }
        if (careStarted != null && careStarted.isBefore(requestSent)) {
            throw new InvalidFieldException("careStartedOn", "De start van de zorg (305) ligt vóór de aanvraag (315)");
        }
        if (careStarted != null && allocated != null && careStarted.isBefore(allocated)) {
            throw new InvalidFieldException("careStartedOn",
                    "De start van de zorg (305) ligt vóór de toewijzing (301)");
        }
        if (careEnded != null && careStarted == null) {
            throw new InvalidFieldException("careEndedOn", "Zorg kan niet eindigen (307) zonder start (305)");
        }
        if (careEnded != null && careEnded.isBefore(careStarted)) {
            throw new InvalidFieldException("careEndedOn", "Het einde van de zorg (307) ligt vóór de start (305)");
        }
        LocalDate end = careStarted != null ? careStarted : today;
        if (end.isBefore(requestSent)) {
            end = requestSent;
        }
        long gross = ChronoUnit.DAYS.between(requestSent, end);
        long wish = pausedDays(pauses, requestSent, end, true);
        long other = pausedDays(pauses, requestSent, end, false);
        long paused = pausedDays(pauses, requestSent, end, null);
        Long allocationToStart = allocated != null && careStarted != null
                ? ChronoUnit.DAYS.between(allocated, careStarted) : null;
        return new WaitingTime(gross, wish, other, gross - paused, allocationToStart, careStarted != null);
    }

    public boolean withinNorm(int normDays) {
        return countedDays <= normDays;
    }

    /** Days left before the norm is breached (negative: breached that many days ago). */
    public long daysLeft(int normDays) {
        return normDays - countedDays;
    }

    /**
     * The days of [from, end) covered by pauses of one kind (resident's wish or not; null: any), overlapping pauses
     * counted once.
     */
    private static long pausedDays(List<Pause> pauses, LocalDate from, LocalDate end, Boolean residentWish) {
        List<LocalDate[]> ranges = new ArrayList<>();
        for (Pause pause : pauses) {
            if (residentWish != null && (pause.reason() == PauseReason.RESIDENT_WISH) != residentWish) {
                continue;
            }
            LocalDate start = pause.from().isBefore(from) ? from : pause.from();
            LocalDate stop = pause.to() == null || pause.to().isAfter(end) ? end : pause.to();
            if (start.isBefore(stop)) {
                ranges.add(new LocalDate[] {start, stop});
            }
        }
        ranges.sort(Comparator.comparing(r -> r[0]));
        long days = 0;
        LocalDate coveredUntil = from;
        for (LocalDate[] range : ranges) {
            LocalDate start = range[0].isBefore(coveredUntil) ? coveredUntil : range[0];
            if (start.isBefore(range[1])) {
                days += ChronoUnit.DAYS.between(start, range[1]);
                coveredUntil = range[1];
            }
        }
        return days;
    }
}
