package nl.wijkregie.monitoring.domain;

import static nl.wijkregie.monitoring.domain.Indicator.Count.notFollowedBy;
import static nl.wijkregie.monitoring.domain.Indicator.Count.of;
import static nl.wijkregie.monitoring.domain.Indicator.Count.positive;

import java.util.List;
import java.util.Optional;

/**
 * The indicators the municipality steers on (issue 18), declared once: the release, the policy page and the feed all
 * read them from here. Every figure counts distinct households per wijk (or buurt) and month.
 */
public final class Indicators {

    public static final List<Indicator> ALL = List.of(
            new Indicator("cases-opened", "Geopende casussen",
                    "Huishoudens waarvoor een casus is geopend.",
                    "Aantal verschillende huishoudens met een geopende casus (aanmelding, heropening of hulp na een"
                            + " signaal) in de maand, naar de wijk waar het huishouden woont.",
                    of(Measures.CASE_OPENED), null, false, "casefile"),
            new Indicator("cases-closed", "Afgesloten casussen",
                    "Huishoudens waarvan een casus is afgesloten.",
                    "Aantal verschillende huishoudens met een afgesloten casus in de maand, elke afsluitreden.",
                    of(Measures.CASE_CLOSED), null, false, "casefile"),
            new Indicator("basics-restored", "Basis weer op orde",
                    "Aandeel huishoudens bij wie een basisvoorwaarde van 'niet op orde' naar 'op orde' ging.",
                    "Teller: huishoudens bij wie in de maand een dimensie (wonen, inkomen, schulden, veiligheid) op"
                            + " orde is bevonden die eerder niet op orde was. Noemer: huishoudens bij wie in de maand"
                            + " een dimensie niet op orde is bevonden.",
                    of(Measures.BASICS_RESTORED), of(Measures.BASICS_NOT_IN_ORDER), true, "basics"),
            new Indicator("self-reliance-rose", "Zelfredzaamheid gestegen",
                    "Aandeel huishoudens waarvan de zelfredzaamheid tussen de eerste en de laatste meting steeg.",
                    "Teller: huishoudens met in de maand een meting waarvan de score op een domein hoger is dan"
                            + " hun eerste score op dat domein. Noemer: huishoudens met in de maand een herhaalde"
                            + " meting (niet de eerste) op dat domein. Per domein te kiezen.",
                    positive(Measures.SELF_RELIANCE_CHANGE), of(Measures.SELF_RELIANCE_CHANGE), true, "assessment"),
            new Indicator("plan-goals-reached", "Doelen van het plan bereikt",
                    "Aandeel geëvalueerde doelen van het eigen-regieplan dat bereikt is.",
                    "Teller: huishoudens met in de maand een bereikt doel. Noemer: huishoudens met in de maand een"
                            + " geëvalueerd doel. Gevoed door de module plan zodra die er is.",
                    of(Measures.PLAN_GOAL_REACHED), of(Measures.PLAN_GOAL_EVALUATED), false, "plan"),
            new Indicator("no-repeat-request", "Geen nieuwe hulpvraag binnen 12 maanden",
                    "Aandeel huishoudens dat na afsluiting 12 maanden geen nieuwe casus kreeg.",
                    "Teller: huishoudens met een in de maand afgesloten casus zonder geopende casus in de 12"
                            + " maanden daarna. Noemer: huishoudens met een in de maand afgesloten casus. Maanden"
                            + " korter dan 12 maanden geleden zijn nog niet uitgekomen.",
                    notFollowedBy(Measures.CASE_CLOSED, Measures.CASE_OPENED, 12), of(Measures.CASE_CLOSED), false,
                    "casefile"),
            new Indicator("signals-reached", "Signalen: huishouden bereikt",
                    "Aandeel signaalcasussen waarbij het huishouden bereikt is.",
                    "Teller: signaalcasussen (één adres) met in de maand een contactpoging die het huishouden"
                            + " bereikte. Noemer: signaalcasussen die in de maand zijn geopend.",
                    of(Measures.SIGNAL_REACHED), of(Measures.SIGNAL_CASE_OPENED), false, "signal"),
            new Indicator("signals-help-accepted", "Signalen: hulp aanvaard",
                    "Aandeel afgeronde signaalcasussen waarin het huishouden hulp aanvaardde.",
                    "Teller: signaalcasussen die in de maand zijn afgerond met aanvaarde hulp. Noemer: signaalcasussen"
                            + " die in de maand zijn afgerond, elk eindresultaat.",
                    of(Measures.SIGNAL_HELP_ACCEPTED), of(Measures.SIGNAL_ENDED), false, "signal"),
            new Indicator("waiting-within-norm", "Wachttijd binnen de norm",
                    "Aandeel verwijzingen waarbij de hulp binnen de wachttijdnorm begon.",
                    "Teller: huishoudens bij wie in de maand hulp na een verwijzing begon binnen de norm. Noemer:"
                            + " huishoudens bij wie in de maand hulp na een verwijzing begon. Gevoed door de module"
                            + " wachtlijsten zodra die er is.",
                    of(Measures.REFERRAL_WITHIN_NORM), of(Measures.REFERRAL_STARTED), false, "waitinglist"));

    private Indicators() {
    }

    public static Optional<Indicator> byCode(String code) {
        return ALL.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
