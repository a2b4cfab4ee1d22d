package nl.wijkregie.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** That a user (by login name) works in a team. Deleting the row revokes the user's access to the team's data. */
@Entity
@Table(name = "team_membership")
@IdClass(TeamMembership.Key.class)
public class TeamMembership {

    @Id
    @Column(name = "team_id")
    private UUID teamId;

    @Id
    @Column(name = "user_id", length = 100)
    private String userId;

    protected TeamMembership() {
    }

    public TeamMembership(UUID teamId, String userId) {
        this.teamId = teamId;
        this.userId = userId;
    }

    /** The composite key (team, user) as JPA needs it. */
    public static class Key implements Serializable {
        private UUID teamId;
        private String userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(teamId, key.teamId) && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, userId);
        }
    }
}
