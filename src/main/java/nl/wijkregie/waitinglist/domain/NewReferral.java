package nl.wijkregie.waitinglist.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What a professional enters to refer a member; the request date may follow later (by hand or a 315 message). */
public record NewReferral(UUID memberId, ReferralDomain domain, String productCode, UUID providerId, Urgency urgency,
                          LocalDate needEstablishedOn, LocalDate requestSentOn) {
}
