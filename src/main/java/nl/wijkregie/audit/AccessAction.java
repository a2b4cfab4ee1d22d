package nl.wijkregie.audit;

public enum AccessAction {
    CREATE, READ, UPDATE, DELETE, EXPORT
}
