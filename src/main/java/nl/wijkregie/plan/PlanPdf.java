package nl.wijkregie.plan;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.household.HouseholdView;
import nl.wijkregie.plan.domain.Action;
import nl.wijkregie.plan.domain.Agreement;
import nl.wijkregie.plan.domain.Goal;
import nl.wijkregie.plan.domain.Plan;
import nl.wijkregie.plan.domain.PlanPerson;
import nl.wijkregie.plan.domain.PlanVersion;

/**
 * The household's own copy of its plan as a PDF (OpenPDF), in plain Dutch (B1): short sentences, "we" and "u", no
 * codes. It prints the plan in force, or the draft when nothing is vastgesteld yet, with its version and who agreed.
 */
final class PlanPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 11);

    private PlanPdf() {
    }

    static byte[] render(PlanView view, HouseholdView household) {
        Plan plan = view.plan();
        PlanVersion version = plan.current().orElseGet(() -> plan.latest().orElseThrow());
        Map<UUID, String> members = view.members().stream()
                .collect(Collectors.toMap(PlanView.Member::id, PlanView.Member::name));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Ons plan");
            document.open();
            document.add(new Paragraph("Ons plan - " + household.displayName(), TITLE));
            document.add(line(version.isEstablished()
                    ? "Versie " + version.getNumber() + ", vastgesteld op "
                            + DATE.format(version.getEstablishedAt().atZone(nl.wijkregie.shared.ClockProducer.ZONE))
                    : "Versie " + version.getNumber() + ". Dit is nog een concept: nog niet iedereen heeft gezegd "
                            + "of hij of zij het ermee eens is."));
            document.add(line("Regisseur: " + who(version.getRegisseur(), members, view.professionalNames())
                    + ". Dit is de persoon die het overzicht houdt."));
            if (version.getNextEvaluationOn() != null) {
                document.add(line("We kijken samen op " + DATE.format(plan.getNextEvaluationOn() != null
                        ? plan.getNextEvaluationOn() : version.getNextEvaluationOn())
                        + " hoe het gaat. Dat heet de evaluatie."));
            }
            section(document, "Wat goed gaat", version.getStrengths());
            section(document, "Waar we ons zorgen over maken", version.getConcerns());
            document.add(new Paragraph("Onze doelen", HEADING));
            int n = 1;
            for (Goal goal : version.getGoals()) {
                String target = goal.getTargetDate() == null ? "" : " We willen dit bereiken voor "
                        + DATE.format(goal.getTargetDate()) + ".";
                document.add(line(n++ + ". " + goal.getText() + target));
            }
            document.add(new Paragraph("Wie doet wat", HEADING));
            Map<String, List<Action>> byCarrier = new LinkedHashMap<>();
            version.getActions().forEach(a -> byCarrier.computeIfAbsent(
                    who(a.getCarrier(), members, view.professionalNames()), k -> new java.util.ArrayList<>()).add(a));
            if (byCarrier.isEmpty()) {
                document.add(line("Er zijn nog geen afspraken over wie wat doet."));
            }
            for (Map.Entry<String, List<Action>> entry : byCarrier.entrySet()) {
                document.add(new Paragraph(entry.getKey() + ":", BODY));
                for (Action action : entry.getValue()) {
                    document.add(line("- " + action.getText() + (action.getDueOn() == null ? ""
                            : " (voor " + DATE.format(action.getDueOn()) + ")") + ". Stand: "
                            + action.getStatus().label().toLowerCase() + "."));
                }
            }
            document.add(new Paragraph("Akkoord", HEADING));
            if (version.getAgreements().isEmpty()) {
                document.add(line("Nog niemand heeft gezegd of hij of zij het eens is met dit plan."));
            }
            for (Agreement agreement : version.getAgreements()) {
                String name = members.getOrDefault(agreement.getMemberId(), "Een lid van het huishouden");
                document.add(line(name + (agreement.isAgrees() ? " is het eens met dit plan" : " is het niet eens "
                        + "met dit plan") + " (" + DATE.format(agreement.getAnsweredOn()) + ", "
                        + agreement.getChannel().label().toLowerCase() + ")."));
                if (agreement.getStatement() != null) {
                    document.add(line("In eigen woorden: \"" + agreement.getStatement() + "\""));
                }
            }
            document.add(line("Kinderen jonger dan 12 jaar vragen we niet om akkoord. Wilt u iets veranderen? "
                    + "Zeg het tegen uw regisseur. Dan maken we een nieuwe versie."));
        } catch (DocumentException e) {
            throw new IllegalStateException("Het plan kon niet als PDF worden gemaakt", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void section(Document document, String heading, String text) {
        if (text != null) {
            document.add(new Paragraph(heading, HEADING));
            document.add(line(text));
        }
    }

    private static Paragraph line(String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static String who(PlanPerson person, Map<UUID, String> members, Map<String, String> professionals) {
        if (person == null) {
            return "Nog niet gekozen";
        }
        return switch (person.getKind()) {
            case MEMBER -> members.getOrDefault(person.getMemberId(), "Een lid van het huishouden");
            case PROFESSIONAL -> professionals.getOrDefault(person.getUserId(), "Uw hulpverlener")
                    + " (hulpverlener)";
            case NETWORK -> person.getName() + " (" + person.getRelation() + ")";
            case PROVIDER -> person.getName() + " (organisatie)";
        };
    }
}
