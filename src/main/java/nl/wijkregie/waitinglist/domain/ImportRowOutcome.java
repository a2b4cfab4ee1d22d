package nl.wijkregie.waitinglist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A row of an import that was not applied, with why: the row report. */
@Entity
@Table(name = "waitinglist_import_row")
@IdClass(ImportRowOutcome.Key.class)
public class ImportRowOutcome {

    public static class Key implements Serializable {
        private UUID importId;
        private int rowNumber;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(importId, key.importId)
                    && rowNumber == key.rowNumber;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(importId, rowNumber);
        }
    }

    @Id
    @Column(name = "import_id")
    private UUID importId;

    @Id
    @Column(name = "row_number")
    private int rowNumber;

    @Column(nullable = false)
    private String outcome;

    @Column(nullable = false)
    private String reason;

    protected ImportRowOutcome() {
    }

    public ImportRowOutcome(UUID importId, int rowNumber, String outcome, String reason) {
        this.importId = importId;
        this.rowNumber = rowNumber;
        this.outcome = outcome;
        this.reason = reason.length() > 300 ? reason.substring(0, 300) : reason;
    }

    public UUID getImportId() { return importId; }
    public int getRowNumber() { return rowNumber; }
    public String getOutcome() { return outcome; }
    public String getReason() { return reason; }
}
