package nl.wijkregie.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.wijkregie.signal.SignalCaseEvents;
import org.junit.jupiter.api.Test;

/**
 * The events the outcome monitoring will observe: it keeps no names, addresses or free text (docs/privacy.md), so the
 * events carry none — only ids, codes, flags and times — and a closed case says what the monitoring counts.
 */
class CaseFileEventsTest {

    private static final List<String> FREE_TEXT = List.of("text", "summary", "name", "recipient", "purpose",
            "address", "street", "note", "description", "bsn");

    @Test
    void caseAndSignalEventsCarryNoFreeTextOrPersonalDetails() {
        List<String> offending = Stream.of(CaseFileEvents.class, SignalCaseEvents.class)
                .flatMap(holder -> Arrays.stream(holder.getDeclaredClasses()))
                .flatMap(event -> Arrays.stream(event.getRecordComponents()))
                .map(c -> c.getDeclaringRecord().getSimpleName() + "." + c.getName())
                .filter(name -> FREE_TEXT.stream().anyMatch(word -> name.substring(name.indexOf('.') + 1)
                        .toLowerCase().contains(word)))
                .toList();

        assertThat(offending).as("a flag and codes only").containsExactlyInAnyOrder(
                "CaseClosed.outcomeSummaryPresent", "ConsentRecorded.recipientKind", "ConsentWithdrawn.recipientKind");
        assertThat(Stream.of(CaseFileEvents.CaseClosed.class.getRecordComponents())
                .filter(c -> c.getName().equals("outcomeSummaryPresent")).map(RecordComponent::getType))
                .containsExactly(boolean.class);
    }

    @Test
    void aClosedCaseTellsTheMonitoringReasonDomainsAndDuration() {
        assertThat(Arrays.stream(CaseFileEvents.CaseClosed.class.getRecordComponents()).map(RecordComponent::getName))
                .contains("caseId", "teamId", "closingReason", "domains", "outcomeSummaryPresent", "openedAt",
                        "closedAt");
        assertThat(Arrays.stream(CaseFileEvents.StatusChanged.class.getRecordComponents())
                .map(RecordComponent::getName)).contains("from", "to", "closingReason", "at", "actorId");
    }
}
