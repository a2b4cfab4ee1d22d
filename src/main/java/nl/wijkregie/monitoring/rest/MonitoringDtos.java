package nl.wijkregie.monitoring.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The monitoring's JSON: indicators, release requests and releases (only published cells, never exact counts). */
public final class MonitoringDtos {

    private MonitoringDtos() {
    }

    private static final String MONTH = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    @Schema(name = "Indicator")
    public record IndicatorDto(String code, String name, String description, String definition, boolean share,
                               boolean perDomain, String source) {
    }

    @Schema(name = "ReleaseRequest")
    public record ReleaseRequest(
            @NotBlank(message = "Kies een indicator") @Size(max = 40, message = "Onbekende indicator")
            String indicator,
            @NotBlank(message = "Kies de eerste maand") @Pattern(regexp = MONTH, message = "Maand als jjjj-mm")
            String from,
            @NotBlank(message = "Kies de laatste maand") @Pattern(regexp = MONTH, message = "Maand als jjjj-mm")
            String to,
            @Pattern(regexp = "^(WIJK|BUURT)$", message = "Kies WIJK of BUURT") String areaLevel,
            @Pattern(regexp = "^[A-Z_]{2,30}$", message = "Onbekend domein") String domain,
            @Schema(description = "cell-key mode: counts perturbed by their cell key (CBS) instead of rounded to 5")
            boolean cellKey) {
    }

    @Schema(name = "ReleaseCell", description = "A published cell: a count rounded to 5, or 'x' when suppressed "
            + "(never 0); area or month 'totaal' for the totals")
    public record CellDto(String area, String month, String count, String suppression, String outOf,
                          String outOfSuppression, Integer percentage) {
    }

    @Schema(name = "ReleaseSummary")
    public record ReleaseSummaryDto(String id, String indicator, String areaLevel, String domain, String from,
                                    String to, String rulesVersion, int threshold, int roundingBase,
                                    String contentHash, String releasedAt, boolean scheduled) {
    }

    @Schema(name = "Release")
    public record ReleaseDto(String id, String indicator, String areaLevel, String domain, String from, String to,
                             String rulesVersion, int threshold, int roundingBase, String contentHash,
                             String releasedAt, boolean scheduled, List<String> areas, List<String> months,
                             List<CellDto> cells) {
    }
}
