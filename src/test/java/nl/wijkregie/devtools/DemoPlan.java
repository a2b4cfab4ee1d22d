package nl.wijkregie.devtools;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Plans one synthetic household with its members, case, domains, journal and consents — pure data, no database — so
 * the composition rules can be tested. {@link DemoData} writes the plans. Deterministic for a given {@link Random}.
 */
public final class DemoPlan {

    static final List<String> SURNAMES = List.of("Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit",
            "Öztürk", "Yılmaz", "El Amrani", "Boukhari", "van Dijk", "de Boer", "Mulder", "Peters", "Hendriks",
            "Kaya", "Demir", "Rahimi", "Ramdin", "Sewnarain", "Kowalski", "Nowak", "Groot", "Schouten", "Meijer",
            "Jansen-de Vries", "ter Horst", "Müller", "Çelik", "Ait Taleb");
    static final List<String> ADULT_NAMES = List.of("Sanne", "Daan", "Fatima", "Mohamed", "Emma", "Noah", "Aylin",
            "Mehmet", "Julia", "Lucas", "Sara", "Yusuf", "Anna", "Bram", "Nour", "Eva", "Agnieszka", "Piotr", "Ravi",
            "Chantal");
    static final List<String> CHILD_NAMES = List.of("Finn", "Lotte", "Adam", "Sem", "Zoë", "Liam", "Mila", "Amira",
            "Levi", "Noor", "Yara", "Milan", "Sofia", "Ilyas", "Lina");
    static final String[] STREETS = {"Peperstraat", "Westzijde", "Oostzijde", "Vincent van Goghweg", "Pelsersstraat",
            "Rosmolenstraat", "Heijermansstraat", "Guisweg", "Provincialeweg", "Stationsstraat", "Kogerveldweg",
            "Poelenburgerplein", "Troelstraweg", "Zilverschoonstraat"};
    static final String[] LANGUAGES = {"tr", "ar", "pl", "en", "ti", "bg"};
    static final String[] STATUSES = {"AANGEMELD", "INTAKE", "PLAN", "UITVOERING", "EVALUATIE"};
    static final int[] NORM_DAYS = {14, 42, 28, 182, 28};
    static final String[] CLOSING = {"DOELEN_BEREIKT", "OVERGEDRAGEN", "HULP_GEWEIGERD", "VERHUISD", "GEEN_CONTACT",
            "GEEN_HULPVRAAG", "OVERIG"};
    static final String[] DOMAINS = {"WMO", "PARTICIPATIE", "SCHULDEN", "WONEN", "VEILIGHEID", "GEZONDHEID"};
    static final String[] ORGANISATIONS = {"GGD Zaanstreek-Waterland", "Parlan", "Leger des Heils", "Brijder",
            "Sociaal Raadslieden Zaanstad"};
    static final String[] NOTES = {"Huisbezoek gehad; het gezin wil hulp bij de administratie.",
            "Telefonisch contact met moeder, afspraak gemaakt voor volgende week.",
            "Overleg met de school over de aanwezigheid van het kind.",
            "Aanvraag bijzondere bijstand samen ingevuld.", "Netwerkberaad gepland met familie en buren.",
            "Schuldeisers in kaart gebracht, overzicht gemaakt.", "Evaluatie van het plan: doelen grotendeels gehaald.",
            "Zorgen over de woonsituatie besproken met de verhuurder."};
    /** The vulnerable areas of the municipality's vision come up more often. */
    static final Map<String, Integer> WIJK_WEIGHTS = Map.of("WK047901", 6, "WK047902", 5, "WK047903", 5,
            "WK047904", 4, "WK047905", 4);
    static final Map<String, List<String>> PROFESSIONALS = Map.of(
            "Zaandam-Oost", List.of("fatima", "ahmed", "lisa"),
            "Zaandam-West", List.of("pieter", "noor", "jeroen"));

    /** The demo professionals by name, as screens show them (the same as db/demo/R__demo_teams.sql). */
    static final Map<String, String> DISPLAY_NAMES = Map.of(
            "fatima", "Fatima el Amrani", "ahmed", "Ahmed Bouzid", "lisa", "Lisa Visser",
            "pieter", "Pieter de Vries", "noor", "Noor Hendriks", "jeroen", "Jeroen Smit");

    /** About one open case in ten is past its deadline: "te laat" must stand out, not be the rule. */
    static final int OVERDUE_PERCENT = 10;

    record Area(String municipality, String wijkCode, String wijkName, String buurtCode, String buurtName,
                String team) {
    }

    record Member(UUID id, int position, String firstName, String prefix, String surname, LocalDate dateOfBirth,
                  String bsn, String role, LocalDate joinedOn, LocalDate leftOn, String phone, String email,
                  String language, boolean interpreter) {
    }

    record Domain(String domain, UUID memberId) {
    }

    record Note(UUID id, String author, Instant writtenAt, String text, String domain, boolean confidential,
                UUID memberId) {
    }

    record ConsentPlan(UUID id, UUID memberId, String decision, String recipientKind, String recipient,
                       LocalDate recordedOn, LocalDate expiresOn, String recordedBy) {
    }

    record CasePlan(UUID id, String status, String regisseur, List<String> involved, Instant openedAt,
                    Instant statusChangedAt, LocalDate dueOn, Instant closedAt, String closingReason,
                    String outcomeSummary, List<Domain> domains, List<Note> notes, List<ConsentPlan> consents) {
    }

    record HouseholdPlan(UUID id, String team, Area area, String street, int houseNumber, String addition,
                         String postcode, String displayName, Instant createdAt, LocalDate previousAddressUntil,
                         List<Member> members, CasePlan caseFile) {
    }

    private final List<Area> buurten;
    private final int[] weights;
    private final int totalWeight;

    DemoPlan(List<Area> areas) {
        this.buurten = areas.stream().filter(a -> a.buurtCode() != null).toList();
        this.weights = buurten.stream().mapToInt(a -> WIJK_WEIGHTS.getOrDefault(a.wijkCode(), 1)).toArray();
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        this.totalWeight = sum;
    }

    /** The areas file the application loads (src/main/resources/reference). */
    static List<Area> readAreas() {
        try (Reader reader = new InputStreamReader(DemoPlan.class.getClassLoader()
                .getResourceAsStream("reference/areas-GM0479.csv"), StandardCharsets.UTF_8)) {
            List<Area> areas = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .setTrim(true).get().parse(reader)) {
                areas.add(new Area(row.get("municipality"), row.get("wijk_code"), row.get("wijk_name"),
                        row.get("buurt_code").isEmpty() ? null : row.get("buurt_code"), row.get("buurt_name"),
                        row.get("team")));
            }
            return areas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HouseholdPlan household(Random random, LocalDate today) {
        Area area = pickArea(random);
        String fullSurname = SURNAMES.get(random.nextInt(SURNAMES.size()));
        String[] name = splitPrefix(fullSurname);
        LocalDate registered = today.minusDays(random.nextInt(3 * 365));
        Instant createdAt = registered.atTime(9 + random.nextInt(8), random.nextInt(60))
                .atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
        List<Member> members = members(random, name, registered, today);
        String display = "Huishouden " + Character.toUpperCase(fullSurname.charAt(0)) + fullSurname.substring(1);
        return new HouseholdPlan(UUID.randomUUID(), area.team(), area, STREETS[random.nextInt(STREETS.length)],
                1 + random.nextInt(300), random.nextInt(5) == 0 ? "A" : null,
                (1500 + random.nextInt(60)) + "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)),
                display, createdAt, random.nextInt(10) == 0 ? registered.minusDays(1) : null, members,
                caseFile(random, area.team(), members, createdAt, today));
    }

    private List<Member> members(Random random, String[] name, LocalDate registered, LocalDate today) {
        List<Member> members = new ArrayList<>();
        boolean couple = random.nextInt(100) < 55;
        int children = random.nextInt(100) < 60 ? 1 + random.nextInt(4) : 0;
        LocalDate parentBorn = today.minusYears(24 + random.nextInt(40)).minusDays(random.nextInt(365));
        String language = random.nextInt(100) < 15 ? LANGUAGES[random.nextInt(LANGUAGES.length)] : "nl";
        boolean interpreter = !language.equals("nl") && random.nextInt(100) < 40;
        String firstRole = children > 0 ? "PARENT" : "OTHER_ADULT";
        members.add(member(random, 0, ADULT_NAMES, name, parentBorn, firstRole, registered, null, language,
                interpreter, true));
        if (couple) {
            LocalDate partnerLeft = random.nextInt(100) < 8 ? registered.plusDays(random.nextInt(
                    (int) Math.max(1, today.toEpochDay() - registered.toEpochDay()))) : null;
            members.add(member(random, 1, ADULT_NAMES, name, parentBorn.plusDays(random.nextInt(2000) - 1000),
                    children > 0 ? "PARENT" : "PARTNER", registered, partnerLeft, language, interpreter, false));
        }
        for (int i = 0; i < children; i++) {
            LocalDate born = parentBorn.plusYears(18 + random.nextInt(Math.max(1,
                    (int) (today.getYear() - parentBorn.getYear() - 18)))).plusDays(random.nextInt(300));
            if (born.isAfter(today)) {
                born = today.minusDays(30 + random.nextInt(300));
            }
            LocalDate joined = born.isAfter(registered) ? born : registered;
            members.add(member(random, members.size(), CHILD_NAMES, name, born, "CHILD", joined, null, language,
                    false, false));
        }
        return members;
    }

    private static Member member(Random random, int position, List<String> firstNames, String[] name, LocalDate born,
                                 String role, LocalDate joined, LocalDate left, String language, boolean interpreter,
                                 boolean contact) {
        String first = firstNames.get(random.nextInt(firstNames.size()));
        return new Member(UUID.randomUUID(), position, first, name[0], name[1], born,
                random.nextInt(3) == 0 ? null : testBsn(random), role, joined, left,
                contact ? "06" + (10000000 + random.nextInt(89999999)) : null,
                contact && random.nextBoolean() ? first.toLowerCase() + "@voorbeeld.nl" : null,
                language, interpreter);
    }

    private CasePlan caseFile(Random random, String team, List<Member> members, Instant openedAt, LocalDate today) {
        List<String> professionals = PROFESSIONALS.get(team);
        String regisseur = random.nextInt(10) == 0 ? null : professionals.get(random.nextInt(professionals.size()));
        List<String> involved = random.nextInt(4) == 0 && regisseur != null
                ? List.of(professionals.stream().filter(p -> !p.equals(regisseur)).findFirst().orElseThrow())
                : List.of();
        boolean closed = random.nextInt(100) < 20;
        int phase = random.nextInt(STATUSES.length);
        LocalDate opened = openedAt.atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        long age = Math.max(0, today.toEpochDay() - opened.toEpochDay());
        Instant changedAt;
        if (closed) {
            changedAt = openedAt.plusSeconds(86_400L * (age == 0 ? 0 : random.nextLong(age + 1)));
        } else {
            // Deadlines spread over the past three weeks and the coming weeks: the phase was entered (norm - offset)
            // days ago, offset being how many days remain; a few cases are late.
            int norm = NORM_DAYS[phase];
            long remaining = random.nextInt(100) < OVERDUE_PERCENT ? -1 - random.nextInt(21)
                    : random.nextInt(Math.min(norm, 70) + 1);
            long enteredDaysAgo = Math.min(age, Math.max(0, norm - remaining));
            changedAt = today.minusDays(enteredDaysAgo)
                    .atTime(enteredDaysAgo == 0 ? 8 : 9 + random.nextInt(8), random.nextInt(60))
                    .atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
            if (changedAt.isBefore(openedAt)) {
                changedAt = openedAt;
            }
        }
        LocalDate changedOn = changedAt.atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        List<Domain> domains = domains(random, members);
        List<Note> notes = new ArrayList<>();
        int noteCount = random.nextInt(6);
        for (int i = 0; i < noteCount; i++) {
            Instant written = openedAt.plusSeconds(3600L * 24 * (age == 0 ? 0 : random.nextLong(age + 1)))
                    .plusSeconds(i);
            notes.add(new Note(UUID.randomUUID(), professionals.get(random.nextInt(professionals.size())), written,
                    NOTES[random.nextInt(NOTES.length)], random.nextBoolean() ? domains.get(0).domain() : null,
                    random.nextInt(10) == 0, random.nextInt(3) == 0 ? members.get(0).id() : null));
        }
        List<ConsentPlan> consents = new ArrayList<>();
        if (random.nextInt(100) < 30) {
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                boolean organisation = random.nextBoolean();
                LocalDate recorded = opened.plusDays(age == 0 ? 0 : random.nextLong(age + 1));
                boolean objection = random.nextInt(6) == 0;
                consents.add(new ConsentPlan(UUID.randomUUID(), members.get(0).id(), objection ? "OBJECTED" : "GIVEN",
                        organisation ? "ORGANISATION" : "DOMAIN",
                        organisation ? ORGANISATIONS[random.nextInt(ORGANISATIONS.length)]
                                : DOMAINS[random.nextInt(DOMAINS.length)],
                        recorded, objection ? null : recorded.plusYears(1),
                        professionals.get(random.nextInt(professionals.size()))));
            }
        }
        if (closed) {
            return new CasePlan(UUID.randomUUID(), "AFGESLOTEN", regisseur, involved, openedAt, changedAt, null,
                    changedAt, CLOSING[random.nextInt(CLOSING.length)], "Zaak afgerond; zie het journaal.", domains,
                    notes, consents);
        }
        return new CasePlan(UUID.randomUUID(), STATUSES[phase], regisseur, involved, openedAt, changedAt,
                changedOn.plusDays(NORM_DAYS[phase]), null, null, null, domains, notes, consents);
    }

    private static List<Domain> domains(Random random, List<Member> members) {
        Map<String, Domain> domains = new LinkedHashMap<>();
        members.stream().filter(m -> m.role().equals("CHILD")).filter(m -> random.nextInt(3) == 0)
                .forEach(child -> domains.put("JEUGD" + child.id(), new Domain("JEUGD", child.id())));
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            String domain = DOMAINS[random.nextInt(DOMAINS.length)];
            domains.putIfAbsent(domain, new Domain(domain, null));
        }
        return List.copyOf(domains.values());
    }

    private Area pickArea(Random random) {
        int r = random.nextInt(totalWeight);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return buurten.get(i);
            }
        }
        return buurten.get(buurten.size() - 1);
    }

    /** A 9-digit number starting with 9 (a range not issued to residents) that passes the eleven-test. */
    public static String testBsn(Random random) {
        while (true) {
            int[] digits = new int[9];
            digits[0] = 9;
            int sum = 9 * 9;
            for (int i = 1; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += (9 - i) * digits[i];
            }
            int last = sum % 11;
            if (last < 10) {
                digits[8] = last;
                StringBuilder bsn = new StringBuilder();
                for (int digit : digits) {
                    bsn.append(digit);
                }
                return bsn.toString();
            }
        }
    }

    static String[] splitPrefix(String surname) {
        int lastSpace = surname.lastIndexOf(' ');
        if (lastSpace > 0 && Character.isLowerCase(surname.charAt(0))) {
            return new String[] {surname.substring(0, lastSpace), surname.substring(lastSpace + 1)};
        }
        return new String[] {null, surname};
    }
}
