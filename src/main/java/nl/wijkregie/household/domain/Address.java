package nl.wijkregie.household.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.wijkregie.shared.PostalAddress;
import nl.wijkregie.shared.Postcode;
import nl.wijkregie.shared.RuleViolationException;

/**
 * A Dutch address with the CBS wijk it lies in: the columns of a {@link PostalAddress}, which validates and
 * normalises it, plus the wijk and buurt codes. The postcode is stored normalised ("1502AB") so that postcode +
 * house number finds a household however it was typed.
 */
@Embeddable
public class Address {

    public static final Pattern WIJK_CODE = Pattern.compile("^WK[0-9]{6}$");
    public static final Pattern BUURT_CODE = Pattern.compile("^BU[0-9]{8}$");

    @Column(nullable = false, length = 100)
    private String street;
    @Column(name = "house_number", nullable = false)
    private int houseNumber;
    @Column(name = "house_number_addition", length = 10)
    private String houseNumberAddition;
    @Column(nullable = false, length = 6)
    private String postcode;
    @Column(nullable = false, length = 80)
    private String town;
    @Column(name = "wijk_code", nullable = false, length = 8)
    private String wijkCode;
    @Column(name = "buurt_code", length = 10)
    private String buurtCode;

    protected Address() {
    }

    public Address(String street, int houseNumber, String houseNumberAddition, String postcode, String town,
                   String wijkCode) {
        this(street, houseNumber, houseNumberAddition, postcode, town, wijkCode, null);
    }

    public Address(String street, int houseNumber, String houseNumberAddition, String postcode, String town,
                   String wijkCode, String buurtCode) {
        Postcode valid = Postcode.of(postcode);
        if (wijkCode == null || !WIJK_CODE.matcher(wijkCode).matches()) {
            throw new RuleViolationException("wijk-code", "Ongeldige CBS-wijkcode");
        }
        if (buurtCode != null && !buurtCode.isBlank() && !BUURT_CODE.matcher(buurtCode).matches()) {
            throw new RuleViolationException("buurt-code", "Ongeldige CBS-buurtcode");
        }
        PostalAddress postal = new PostalAddress(street, houseNumber, houseNumberAddition, valid, town);
        this.street = postal.street();
        this.houseNumber = postal.houseNumber();
        this.houseNumberAddition = postal.houseNumberAddition();
        this.postcode = postal.postcode().toString();
        this.town = postal.town();
        this.wijkCode = wijkCode;
        this.buurtCode = buurtCode == null || buurtCode.isBlank() ? null : buurtCode;
    }

    /** The address as a value, for writing it out. */
    public PostalAddress toPostalAddress() {
        return new PostalAddress(street, houseNumber, houseNumberAddition, Postcode.of(postcode), town);
    }

    public String getStreet() {
        return street;
    }

    public int getHouseNumber() {
        return houseNumber;
    }

    public String getHouseNumberAddition() {
        return houseNumberAddition;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getTown() {
        return town;
    }

    public String getWijkCode() {
        return wijkCode;
    }

    public String getBuurtCode() {
        return buurtCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Address a && houseNumber == a.houseNumber && street.equals(a.street)
                && Objects.equals(houseNumberAddition, a.houseNumberAddition) && postcode.equals(a.postcode)
                && town.equals(a.town) && wijkCode.equals(a.wijkCode) && Objects.equals(buurtCode, a.buurtCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, houseNumber, houseNumberAddition, postcode, town, wijkCode, buurtCode);
    }
}
