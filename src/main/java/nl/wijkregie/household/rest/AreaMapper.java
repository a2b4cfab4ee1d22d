package nl.wijkregie.household.rest;

import java.util.List;
import java.util.UUID;
import nl.wijkregie.household.AreaCatalogue;
import nl.wijkregie.household.domain.Buurt;
import nl.wijkregie.household.domain.CbsAreaFile;
import nl.wijkregie.household.domain.Wijk;
import nl.wijkregie.household.rest.AreaResource.BuurtDto;
import nl.wijkregie.household.rest.AreaResource.CbsImportDto;
import nl.wijkregie.household.rest.AreaResource.CbsRejectionDto;
import nl.wijkregie.household.rest.AreaResource.WijkDto;
import org.mapstruct.Mapper;

/** Wijken and buurten ↔ JSON; an empty team id in a request means "no team". */
@Mapper
public interface AreaMapper {

    WijkDto toDto(Wijk wijk);

    List<WijkDto> toWijkDtos(List<Wijk> wijken);

    BuurtDto toDto(Buurt buurt);

    List<BuurtDto> toBuurtDtos(List<Buurt> buurten);

    CbsImportDto toDto(AreaCatalogue.CbsImport result);

    CbsRejectionDto toDto(CbsAreaFile.Rejection rejection);

    default String toText(UUID id) {
        return id == null ? null : id.toString();
    }

    default UUID toTeamId(String teamId) {
        return teamId == null || teamId.isBlank() ? null : UUID.fromString(teamId);
    }
}
