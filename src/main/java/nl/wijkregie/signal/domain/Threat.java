package nl.wijkregie.signal.domain;

/** What the partner says threatens: the Wgs asks for contact within 3 working days when eviction or disconnection does. */
public enum Threat {
    GEEN, HUISUITZETTING, AFSLUITING
}
