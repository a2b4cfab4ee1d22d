package nl.wijkregie.security.rest;

import java.util.List;
import java.util.UUID;
import nl.wijkregie.security.TeamDirectory.TeamView;
import nl.wijkregie.security.TeamRef;
import nl.wijkregie.security.rest.MeResource.TeamSummaryDto;
import nl.wijkregie.security.rest.TeamResource.TeamDto;
import org.mapstruct.Mapper;

/** Teams → JSON: with members for /teams, as a summary (id and name) for /me. */
@Mapper
public interface TeamMapper {

    TeamDto toDto(TeamView team);

    TeamResource.PersonDto toDto(nl.wijkregie.security.TeamDirectory.Person person);

    List<TeamDto> toDtos(List<TeamView> teams);

    TeamSummaryDto toSummary(TeamRef team);

    List<TeamSummaryDto> toSummaries(List<TeamRef> teams);

    default String toText(UUID id) {
        return id == null ? null : id.toString();
    }
}
