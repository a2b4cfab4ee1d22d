package nl.wijkregie.signal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.it.container.ContainerDeployment;
import nl.wijkregie.shared.ConflictException;
import nl.wijkregie.shared.ImportRun;
import nl.wijkregie.signal.CrashingSignalIntake;
import nl.wijkregie.signal.domain.SignalBatch;
import nl.wijkregie.signal.domain.SignalCsvFormat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Crash and resume of a monthly list, in the container: an import that breaks off inside a chunk (a test-only CDI
 * alternative of the intake, {@link CrashingSignalIntake}) keeps exactly its committed chunks, and resuming it
 * imports the rest without losing or repeating a row. The import runs in the test's thread, lanes and all, so the
 * test knows when it stopped instead of polling the batch over HTTP; no devtools switch is involved. A second node is
 * played by a run that {@link SignalBatchChunks} starts under another node's name: its lease decides who may import.
 */
@ExtendWith(ArquillianExtension.class)
class SignalImportContainerIT {

    static final String HEADER = "signaalpartner_type;signaalpartner;referentie;voorletters;voornaam;voorvoegsel;"
            + "achternaam;geboortedatum;straat;huisnummer;toevoeging;postcode;plaats;telefoon;email;bedrag_centen;"
            + "ontstaansdatum;signaaldatum;crisis;warme_overdracht;dreiging";

    @Deployment
    static WebArchive deployment() {
        return ContainerDeployment.of(SignalImportContainerIT.class, CrashingSignalIntake.class,
                CrashingSignalIntake.Crash.class);
    }

    @Inject
    HttpServletRequest request;

    @Inject
    SignalBatches batches;

    @Inject
    CrashingSignalIntake intake;

    @Inject
    SignalBatchChunks chunks;

    @BeforeEach
    void logIn() throws Exception {
        request.login("anouk", "wijkregie-demo");
    }

    @AfterEach
    void logOut() throws Exception {
        request.logout();
    }

    @Test
    void anImportThatBreaksOffInsideAChunkLosesNothingAndRepeatsNothingWhenResumed() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int n = 1; n <= 1200; n++) {
            csv.append(row(run, n)).append('\n');
        }
        UUID id = batches.upload(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "container.csv").getId();

        intake.crashAfter(700);
        batches.runImport(id);

        SignalBatch cut = batches.get(id);
        assertEquals(ImportRun.Status.FAILED, cut.getStatus());
        assertEquals(SignalBatchChunks.FAILURE_SHOWN, cut.getFailure(), "the uploader reads no exception text");
        assertTrue(cut.getRowsDone() > 0 && cut.getRowsDone() < 1200, "some chunks committed, not all: "
                + cut.getRowsDone());
        assertEquals(cut.getRowsDone(), cut.getRowsImported());
        assertEquals(cut.getRowsImported(), signals(run), "exactly the committed chunks' signals remain");

        batches.runImport(id);

        SignalBatch done = batches.get(id);
        assertEquals(ImportRun.Status.DONE, done.getStatus());
        assertEquals(1200, done.getRowsDone());
        assertEquals(1200, done.getRowsImported());
        assertEquals(0, done.getRowsDuplicate());
        assertEquals(1200, signals(run));
    }

    @Test
    void aBatchThatAnotherNodesLiveRunHoldsIsNeitherResumedNorImportedHere() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID id = upload(run, 300);
        chunks.begin(id, 2, "other-node", Duration.ofMinutes(2), false).orElseThrow();

        ConflictException refused = assertThrows(ConflictException.class, () -> batches.resume(id));
        assertTrue(refused.getMessage().startsWith("Dit bestand wordt nu verwerkt"));
        batches.runImport(id);

        SignalBatch held = batches.get(id);
        assertEquals(ImportRun.Status.RUNNING, held.getStatus());
        assertEquals("other-node", held.getRunNode());
        assertEquals(0, held.getRowsDone());
        assertEquals(0, signals(run));
        assertFalse(batches.takeOverUnattended().contains(id), "a live lease is nobody's to take over");
    }

    @Test
    void aRunWhoseNodeDiedIsTakenOverAndItsLateChunksFinishAndFailureChangeNothing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID id = upload(run, 1200);
        SignalBatchChunks.Plan dead = chunks.begin(id, 2, "dead-node", Duration.ofMinutes(2), false).orElseThrow();
        ContainerDeployment.update("update wijkregie.signal_batch set lease_until = now() - interval '1 second'"
                + " where id = ?", id);
        assertTrue(batches.takeOverUnattended().contains(id), "an expired lease is found by the sweep");

        batches.runImport(id);

        SignalBatch done = batches.get(id);
        assertEquals(ImportRun.Status.DONE, done.getStatus());
        assertEquals(1200, done.getRowsDone());
        assertEquals(1200, done.getRowsImported());
        assertEquals(1200, signals(run));

        List<SignalCsvFormat.Row> lateChunk;
        try (var rows = SignalCsvFormat.rows((HEADER + "\n" + row(run + "x", 1) + "\n").getBytes(
                StandardCharsets.UTF_8), Optional.empty(), LocalDate.now())) {
            lateChunk = rows.toList();
        }
        assertThrows(SignalBatchChunks.LeaseLost.class, () -> chunks.importChunk(id, 0, lateChunk, dead));
        assertEquals(0, signals(run + "x"), "the late chunk of the dead run was rolled back whole");
        chunks.markFailed(id, dead.run());
        chunks.finish(id, dead.run());

        SignalBatch after = batches.get(id);
        assertEquals(ImportRun.Status.DONE, after.getStatus());
        assertEquals(1200, after.getRowsDone(), "nothing counted twice");
        assertNull(after.getFailure());
    }

    private UUID upload(String run, int rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int n = 1; n <= rows; n++) {
            csv.append(row(run, n)).append('\n');
        }
        return batches.upload(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "container.csv").getId();
    }

    private static long signals(String run) {
        return ContainerDeployment.count("select count(*) from wijkregie.signal where partner_reference like ?",
                run + "-%");
    }

    private static String row(String run, int n) {
        return "Huur;Woonzaam;%s-%d;J.;;van;Dijk;1980-01-%02d;Batchstraat;%d;;1%03dCR;Zaandam;;;45000;2026-08-01;"
                .formatted(run, n, 1 + n % 28, n, n % 1000) + "2026-11-01;nee;nee;";
    }
}
