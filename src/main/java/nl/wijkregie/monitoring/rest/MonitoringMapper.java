package nl.wijkregie.monitoring.rest;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.monitoring.MonitoringReleases;
import nl.wijkregie.monitoring.Release;
import nl.wijkregie.monitoring.domain.Indicator;
import nl.wijkregie.monitoring.domain.ReleaseContent;
import nl.wijkregie.monitoring.rest.MonitoringDtos.CellDto;
import nl.wijkregie.monitoring.rest.MonitoringDtos.IndicatorDto;
import nl.wijkregie.monitoring.rest.MonitoringDtos.ReleaseDto;
import nl.wijkregie.monitoring.rest.MonitoringDtos.ReleaseRequest;
import nl.wijkregie.monitoring.rest.MonitoringDtos.ReleaseSummaryDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Releases and indicators → JSON, and a release request → the service's request. */
@Mapper
public interface MonitoringMapper {

    @Mapping(target = "share", source = "share")
    IndicatorDto toDto(Indicator indicator);

    List<IndicatorDto> toIndicatorDtos(List<Indicator> indicators);

    @Mapping(target = "areas", source = "content.areas")
    @Mapping(target = "months", source = "content.months")
    @Mapping(target = "cells", source = "content.cells")
    ReleaseDto toDto(Release release);

    ReleaseSummaryDto toSummary(Release release);

    List<ReleaseSummaryDto> toSummaries(List<Release> releases);

    CellDto toDto(ReleaseContent.Cell cell);

    MonitoringReleases.Request toRequest(ReleaseRequest request);

    default YearMonth toMonth(String month) {
        return month == null ? null : YearMonth.parse(month);
    }

    default String fromMonth(YearMonth month) {
        return month == null ? null : month.toString();
    }

    default String toText(UUID id) {
        return id == null ? null : id.toString();
    }

    default String toText(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
