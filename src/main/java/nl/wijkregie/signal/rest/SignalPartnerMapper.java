package nl.wijkregie.signal.rest;

import java.util.UUID;
import nl.wijkregie.signal.SignalPartners.PartnerDetails;
import nl.wijkregie.signal.domain.PartnerType;
import nl.wijkregie.signal.domain.SignalPartner;
import nl.wijkregie.signal.rest.SignalPartnerResource.NewSignalPartnerRequest;
import nl.wijkregie.signal.rest.SignalPartnerResource.SignalPartnerChangeRequest;
import nl.wijkregie.signal.rest.SignalPartnerResource.SignalPartnerDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Signal partner ↔ JSON, with the DDAS label of its type for the screen; account and organisation come trimmed. */
@Mapper
public interface SignalPartnerMapper {

    @Mapping(target = "partnerTypeLabel", source = "partnerType", qualifiedByName = "partnerTypeLabel")
    SignalPartnerDto toDto(SignalPartner partner);

    @Mapping(target = "account", qualifiedByName = "trimmed")
    @Mapping(target = "organisation", qualifiedByName = "trimmed")
    PartnerDetails toDetails(NewSignalPartnerRequest request);

    @Mapping(target = "account", qualifiedByName = "trimmed")
    @Mapping(target = "organisation", qualifiedByName = "trimmed")
    PartnerDetails toDetails(SignalPartnerChangeRequest request);

    @Named("partnerTypeLabel")
    default String partnerTypeLabel(PartnerType type) {
        return type == null ? null : type.ddas();
    }

    @Named("trimmed")
    default String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    default String toText(UUID id) {
        return id == null ? null : id.toString();
    }
}
