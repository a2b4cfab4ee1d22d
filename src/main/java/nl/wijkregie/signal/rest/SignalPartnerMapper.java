package nl.wijkregie.signal.rest;

import nl.wijkregie.signal.domain.SignalPartner;
import nl.wijkregie.signal.rest.SignalPartnerResource.SignalPartnerDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Signal partner → JSON, with the DDAS label of its type for the screen. */
@Mapper
public interface SignalPartnerMapper {

    @Mapping(target = "partnerTypeLabel", expression = "java(partner.getPartnerType().ddas())")
    SignalPartnerDto toDto(SignalPartner partner);
}
