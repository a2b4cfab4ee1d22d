package nl.wijkregie.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wijkregie.household.domain.Address;
import nl.wijkregie.household.domain.Buurt;
import nl.wijkregie.household.domain.CbsAreaFile;
import nl.wijkregie.household.domain.Wijk;
import nl.wijkregie.household.persistence.AreaRepository;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.TeamDirectory;
import nl.wijkregie.security.TeamId;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.RuleViolationException;

/**
 * The municipality's CBS wijken and buurten: checks the codes of an address, tells which team serves a wijk, and lets
 * an admin keep the list current. Holds no personal data, so reads are not access-logged.
 */
@ApplicationScoped
public class AreaCatalogue {

    /** One line of the reference file: a buurt in a wijk (buurt may be empty), optionally the team serving it. */
    public record AreaRow(String municipality, String wijkCode, String wijkName, String buurtCode, String buurtName,
                          String teamName) {
    }

    /** Who an imported wijk or buurt was last changed by starts with this: the list is then no longer illustrative. */
    public static final String CBS_IMPORT = "cbs-import";
    private static final int MAX_REJECTIONS_SHOWN = 200;

    /** What an import of the CBS file did; the first 200 rejected rows with their line and reason. */
    public record CbsImport(String municipality, int wijkenAdded, int wijkenChanged, int buurtenAdded,
                            int buurtenChanged, int switchedOff, long otherMunicipalityRows, long rejectedRows,
                            List<CbsAreaFile.Rejection> rejections) {
    }

    @Inject
    AreaRepository areas;

    @Inject
    TeamDirectory teams;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Transactional
    public List<Wijk> wijken() {
        return areas.wijken();
    }

    @Transactional
    public List<Buurt> buurten() {
        return areas.buurten();
    }

    /** The codes of the wijken in use, sorted: the rows of an area table (e.g. a monitoring release). */
    @Transactional
    public List<String> activeWijkCodes() {
        return areas.wijken().stream().filter(Wijk::isActive).map(Wijk::getCode).sorted().toList();
    }

    /** The codes of the buurten in use, sorted. */
    @Transactional
    public List<String> activeBuurtCodes() {
        return areas.buurten().stream().filter(Buurt::isActive).map(Buurt::getCode).sorted().toList();
    }

    /** The name of a wijk by its CBS code, for texts people read (the code itself is never shown). */
    @Transactional
    public Optional<String> wijkName(String wijkCode) {
        return areas.wijken().stream().filter(w -> w.getCode().equals(wijkCode)).map(Wijk::getName).findFirst();
    }

    /** Every wijk's name by its CBS code: for a table with many wijk rows, one query instead of one per row. */
    @Transactional
    public Map<String, String> wijkNames() {
        return areas.wijken().stream().collect(Collectors.toMap(Wijk::getCode, Wijk::getName));
    }

    /** Refuses an address in a wijk or buurt the municipality does not (or no longer) use. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireKnown(Address address) {
        Wijk wijk = areas.wijk(address.getWijkCode()).filter(Wijk::isActive)
                .orElseThrow(() -> new RuleViolationException("unknown-wijk",
                        "Wijk " + address.getWijkCode() + " is geen wijk van de gemeente"));
        if (address.getBuurtCode() != null) {
            Buurt buurt = areas.buurt(address.getBuurtCode()).filter(Buurt::isActive)
                    .orElseThrow(() -> new RuleViolationException("unknown-buurt",
                            "Buurt " + address.getBuurtCode() + " is geen buurt van de gemeente"));
            if (!buurt.getWijkCode().equals(wijk.getCode())) {
                throw new RuleViolationException("buurt-not-in-wijk",
                        "Buurt " + buurt.getCode() + " ligt niet in wijk " + wijk.getCode());
            }
        }
    }

    /** The team that serves the wijk, if the admin named one. */
    @Transactional
    public Optional<UUID> teamServing(String wijkCode) {
        return areas.wijk(wijkCode).map(Wijk::getTeamId);
    }

    @Transactional
    public Wijk saveWijk(String code, String name, UUID teamId, boolean active) {
        if (teamId != null && !teams.exists(new TeamId(teamId))) {
            throw new RuleViolationException("unknown-team", "Team " + teamId + " bestaat niet");
        }
        Optional<Wijk> existing = areas.wijk(code);
        if (existing.isPresent()) {
            existing.get().change(name, teamId, active, clock.instant(), currentUser.userId());
            return existing.get();
        }
        Wijk wijk = new Wijk(code, "GM" + code.substring(2, 6), name, teamId, clock.instant(), currentUser.userId());
        if (!active) {
            wijk.change(name, teamId, false, clock.instant(), currentUser.userId());
        }
        areas.add(wijk);
        return wijk;
    }

    @Transactional
    public Buurt saveBuurt(String code, String wijkCode, String name, boolean active) {
        areas.wijk(wijkCode).orElseThrow(() -> new NotFoundException("Wijk", wijkCode));
        Optional<Buurt> existing = areas.buurt(code);
        if (existing.isPresent()) {
            existing.get().change(wijkCode, name, active, clock.instant(), currentUser.userId());
            return existing.get();
        }
        Buurt buurt = new Buurt(code, wijkCode, name, clock.instant(), currentUser.userId());
        if (!active) {
            buurt.change(wijkCode, name, false, clock.instant(), currentUser.userId());
        }
        areas.add(buurt);
        return buurt;
    }

    /**
     * Whether the list is still the illustrative one shipped with Wijkregie: no wijk came from an import of the CBS
     * file yet.
     */
    @Transactional
    public boolean isIllustrative() {
        return areas.wijken().stream().noneMatch(w -> w.getUpdatedBy() != null
                && w.getUpdatedBy().startsWith(CBS_IMPORT));
    }

    /**
     * Loads the municipality's wijken and buurten from the CBS "Kerncijfers wijken en buurten" CSV, read as it
     * streams: new codes are added, known ones get the CBS name and are switched on (their team stays), and with
     * {@code switchOffMissing} the codes the file does not have are switched off. Rows that are wrong are reported and
     * skipped; a file that is not a CBS file changes nothing.
     *
     * @param municipality GM code; null: the municipality of the wijken loaded now
     */
    @Transactional
    public CbsImport importCbs(java.io.Reader file, String municipality, boolean switchOffMissing) {
        String gm = municipality != null ? municipality : currentMunicipality();
        Map<String, Wijk> wijken = areas.wijken().stream()
                .collect(Collectors.toMap(Wijk::getCode, Function.identity()));
        Map<String, Buurt> buurten = areas.buurten().stream()
                .collect(Collectors.toMap(Buurt::getCode, Function.identity()));
        List<CbsAreaFile.Area> rows = new java.util.ArrayList<>();
        List<CbsAreaFile.Rejection> rejections = new java.util.ArrayList<>();
        long[] rejected = {0};
        long others = CbsAreaFile.read(file, gm, rows::add, rejection -> {
            rejected[0]++;
            if (rejections.size() < MAX_REJECTIONS_SHOWN) {
                rejections.add(rejection);
            }
        });
        String by = CBS_IMPORT + ":" + currentUser.userId();
        Set<String> seen = new HashSet<>();
        int[] counts = new int[5];
        for (CbsAreaFile.Area row : rows) {
            if (row.isBuurt() || !seen.add(row.code())) {
                continue;
            }
            Wijk known = wijken.get(row.code());
            if (known == null) {
                Wijk wijk = new Wijk(row.code(), gm, row.name(), null, clock.instant(), by);
                areas.add(wijk);
                wijken.put(wijk.getCode(), wijk);
                counts[0]++;
            } else {
                known.change(row.name(), known.getTeamId(), true, clock.instant(), by);
                counts[1]++;
            }
        }
        areas.flush();
        for (CbsAreaFile.Area row : rows) {
            if (!row.isBuurt() || !seen.add(row.code())) {
                continue;
            }
            if (!wijken.containsKey(row.wijkCode())) {
                rejected[0]++;
                if (rejections.size() < MAX_REJECTIONS_SHOWN) {
                    rejections.add(new CbsAreaFile.Rejection(0, row.code(), "Wijk " + row.wijkCode()
                            + " is onbekend"));
                }
                continue;
            }
            Buurt known = buurten.get(row.code());
            if (known == null) {
                areas.add(new Buurt(row.code(), row.wijkCode(), row.name(), clock.instant(), by));
                counts[2]++;
            } else {
                known.change(row.wijkCode(), row.name(), true, clock.instant(), by);
                counts[3]++;
            }
        }
        if (switchOffMissing && !seen.isEmpty()) {
            for (Wijk wijk : wijken.values()) {
                if (wijk.isActive() && !seen.contains(wijk.getCode())) {
                    wijk.change(wijk.getName(), wijk.getTeamId(), false, clock.instant(), by);
                    counts[4]++;
                }
            }
            for (Buurt buurt : buurten.values()) {
                if (buurt.isActive() && !seen.contains(buurt.getCode())) {
                    buurt.change(buurt.getWijkCode(), buurt.getName(), false, clock.instant(), by);
                    counts[4]++;
                }
            }
        }
        return new CbsImport(gm, counts[0], counts[1], counts[2], counts[3], counts[4], others, rejected[0],
                rejections);
    }

    private String currentMunicipality() {
        Set<String> municipalities = areas.wijken().stream().map(Wijk::getMunicipalityCode)
                .collect(Collectors.toSet());
        if (municipalities.size() != 1) {
            throw new nl.wijkregie.shared.InvalidFieldException("municipality",
                    "Geef de gemeentecode op, bijvoorbeeld GM0479");
        }
        return municipalities.iterator().next();
    }

    /** Adds the wijken and buurten of the rows that are not known yet; returns how many were added. */
    @Transactional
    public int addMissing(List<AreaRow> rows) {
        Map<String, Wijk> wijken = areas.wijken().stream().collect(Collectors.toMap(Wijk::getCode, Function.identity()));
        Set<String> buurten = areas.buurten().stream().map(Buurt::getCode).collect(Collectors.toCollection(HashSet::new));
        Map<String, UUID> teamsByName = teams.idsByName();
        int added = 0;
        for (AreaRow row : rows) {
            if (!wijken.containsKey(row.wijkCode())) {
                Wijk wijk = new Wijk(row.wijkCode(), row.municipality(), row.wijkName(),
                        row.teamName() == null ? null : teamsByName.get(row.teamName()), clock.instant(),
                        "reference-file");
                areas.add(wijk);
                wijken.put(wijk.getCode(), wijk);
                added++;
            }
        }
        areas.flush();
        for (AreaRow row : rows) {
            if (row.buurtCode() != null && buurten.add(row.buurtCode())) {
                areas.add(new Buurt(row.buurtCode(), row.wijkCode(), row.buurtName(), clock.instant(),
                        "reference-file"));
                added++;
            }
        }
        return added;
    }
}
