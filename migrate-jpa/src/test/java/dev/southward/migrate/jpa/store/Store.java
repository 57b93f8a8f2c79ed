package dev.southward.migrate.jpa.store;

import java.util.List;

/**
 * An online store of 33 entities that together use every mapping docs/jpa.md lists: the oracle's third set. Each
 * entity is a top-level class of this package, so that scanning the package finds exactly {@link #ENTITIES}.
 */
public final class Store {
    /** Every entity of the store. */
    public static final List<Class<?>> ENTITIES = List.of(Customer.class, LoyaltyCard.class, PurchaseOrder.class,
            OrderLine.class, Item.class, Book.class, Gadget.class, GiftCard.class, Author.class, Brand.class,
            StoreCategory.class, Label.class, Warehouse.class, StockLevel.class, StorePayment.class, CardCharge.class,
            BankTransfer.class, Voucher.class, Notification.class, EmailNotification.class, SmsNotification.class,
            PushNotification.class, Review.class, Coupon.class, Vendor.class, PriceHistory.class, Cart.class,
            CartEntry.class, Shipment.class, ShippingMethod.class, Employee.class, AuditEntry.class, Setting.class);

    private Store() {
    }

    /** A customer's tier, kept by name. */
    public enum Tier { STANDARD, SILVER, GOLD }

    /** A loyalty card's level, kept by ordinal. */
    public enum CardLevel { BASIC, PLUS, PREMIUM }

    /** An order's status, kept by name. */
    public enum OrderStatus { NEW, PAID, SHIPPED, CANCELLED }

    /** A payment's state, kept by ordinal. */
    public enum PaymentState { PENDING, SETTLED, FAILED }

    /** A gadget's voltage, kept by name. */
    public enum Voltage { V110, V230 }

    /** A shipment's status, kept by name. */
    public enum ShipmentStatus { LABELLED, IN_TRANSIT, DELIVERED }

    /** A staff member's role, kept by name. */
    public enum StaffRole { CLERK, MANAGER, DRIVER }

    /** A delivery day, kept by ordinal in a collection. */
    public enum Weekday { MON, TUE, WED, THU, FRI }
}
