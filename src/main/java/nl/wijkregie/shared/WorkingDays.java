package nl.wijkregie.shared;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days in the Netherlands: no weekend, no Dutch public holiday (Nieuwjaarsdag, Pasen, Koningsdag,
 * Bevrijdingsdag in lustrum years, Hemelvaart, Pinksteren, Kerst). Legal deadlines such as the Wgs "within 3 working
 * days" are counted with it. The holidays come from the Jollyday library, not from a hand-made list.
 */
public final class WorkingDays {

    private static final HolidayManager NETHERLANDS =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
    /** A year's holidays never change: asked once per year, not per day counted (a monthly list counts many). */
    private static final Map<Integer, Set<LocalDate>> HOLIDAYS_BY_YEAR = new ConcurrentHashMap<>();

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidaysOf(day.getYear()).contains(day);
    }

    private static Set<LocalDate> holidaysOf(int year) {
        return HOLIDAYS_BY_YEAR.computeIfAbsent(year, y -> NETHERLANDS.getHolidays(Year.of(y)).stream()
                .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet()));
    }

    /** The day that is {@code workingDays} working days after {@code start} (start itself does not count). */
    public static LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must be >= 0");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days from {@code today} until {@code deadline}: 0 on the deadline itself, negative once it has passed
     * (the number of working days it is late). For countdowns.
     */
    public static int workingDaysUntil(LocalDate today, LocalDate deadline) {
        if (deadline.isBefore(today)) {
            return -workingDaysUntil(deadline, today);
        }
        int count = 0;
        for (LocalDate day = today.plusDays(1); !day.isAfter(deadline); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
