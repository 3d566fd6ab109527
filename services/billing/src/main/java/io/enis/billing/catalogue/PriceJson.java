package io.enis.billing.catalogue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.enis.billing.input.Inputs;
import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.pricing.FlatPrice;
import io.enis.billing.pricing.GraduatedPrice;
import io.enis.billing.pricing.PackagePrice;
import io.enis.billing.pricing.PerUnitPrice;
import io.enis.billing.pricing.Price;
import io.enis.billing.pricing.PricingModel;
import io.enis.billing.pricing.Tier;
import io.enis.billing.pricing.UnitPrice;
import io.enis.billing.pricing.VolumePrice;
import io.enis.kit.json.Fields;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Price} as JSON, both ways (the API and the stores use the same form):
 * <pre>
 * {"model": "flat",      "amount": 1999}                                  whole minor units
 * {"model": "per_unit",  "unit_price": "0.05"}                             minor units, up to 12 decimals
 * {"model": "package",   "package_price": 500, "package_size": 1000}
 * {"model": "graduated", "tiers": [{"up_to": "5", "unit_price": "500"}, {"unit_price": "300"}]}
 * {"model": "volume",    "tiers": [...]}                                   as graduated
 * </pre>
 * Decimals are strings (or whole numbers); the currency is the plan's.
 */
public final class PriceJson {
    private PriceJson() {
    }

    /** Reads the price at {@code path} (errors are recorded in {@code f} under it); {@code null} when invalid. */
    public static Price read(Fields f, JsonNode node, String path, Currency currency) {
        if (node == null || !node.isObject()) {
            f.reject(path, "must be an object with a model: " + models());
            return null;
        }
        String model = f.requiredText(node, "model", path + ".model", null, null);
        PricingModel kind = model == null ? null : Arrays.stream(PricingModel.values())
                .filter(m -> m.code().equals(model)).findFirst().orElse(null);
        if (model != null && kind == null) {
            f.reject(path + ".model", "must be one of " + models());
        }
        if (kind == null || currency == null) {
            return null;
        }
        return switch (kind) {
            case FLAT -> {
                Long amount = Inputs.minorAmount(f, node, "amount", path + ".amount", true);
                yield amount == null ? null : Inputs.under(f, path, () -> FlatPrice.of(Money.of(amount, currency)));
            }
            case PER_UNIT -> {
                BigDecimal unit = Inputs.decimal(f, node, "unit_price", path + ".unit_price", true);
                yield unit == null ? null : Inputs.under(f, path, () -> PerUnitPrice.of(currency, UnitPrice.of("unit_price", unit)));
            }
            case PACKAGE -> {
                Long amount = Inputs.minorAmount(f, node, "package_price", path + ".package_price", true);
                int size = Inputs.integer(f, node, "package_size", path + ".package_size", 0, 1, Integer.MAX_VALUE);
                if (!node.has("package_size")) {
                    f.reject(path + ".package_size", "is required; a whole number of units, 1 or more");
                }
                yield amount == null || size < 1 ? null : Inputs.under(f, path, () -> PackagePrice.of(Money.of(amount, currency), size));
            }
            case GRADUATED, VOLUME -> {
                List<Tier> tiers = tiers(f, node, path);
                yield tiers == null ? null : Inputs.under(f, path, () -> kind == PricingModel.GRADUATED
                        ? GraduatedPrice.of(currency, tiers) : VolumePrice.of(currency, tiers));
            }
        };
    }

    private static List<Tier> tiers(Fields f, JsonNode node, String path) {
        JsonNode list = node.get("tiers");
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > 100) {
            f.reject(path + ".tiers", "must list 1 to 100 tiers, ascending by up_to; the last one without up_to");
            return null;
        }
        List<Tier> tiers = new ArrayList<>();
        int before = f.errors().size();
        for (int i = 0; i < list.size(); i++) {
            String at = path + ".tiers[" + i + "]";
            JsonNode t = list.get(i);
            if (!t.isObject()) {
                f.reject(at, "must be an object with up_to and unit_price");
                continue;
            }
            BigDecimal upTo = Inputs.decimal(f, t, "up_to", at + ".up_to", false);
            BigDecimal unit = Inputs.decimal(f, t, "unit_price", at + ".unit_price", true);
            UnitPrice price = unit == null ? null : Inputs.under(f, at, () -> UnitPrice.of("unit_price", unit));
            tiers.add(new Tier(Optional.ofNullable(upTo), price));
        }
        return f.errors().size() > before ? null : tiers;
    }

    private static String models() {
        return String.join(", ", Arrays.stream(PricingModel.values()).map(PricingModel::code).toList());
    }

    /** The JSON form of {@code price}. */
    public static Map<String, Object> write(Price price) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", price.model().code());
        if (price instanceof FlatPrice p) {
            m.put("amount", p.amount().minor());
        } else if (price instanceof PerUnitPrice p) {
            m.put("unit_price", p.unitPrice().toString());
        } else if (price instanceof PackagePrice p) {
            m.put("package_price", p.packagePrice().minor());
            m.put("package_size", p.packageSize());
        } else if (price instanceof GraduatedPrice p) {
            m.put("tiers", tiers(p.tiers()));
        } else if (price instanceof VolumePrice p) {
            m.put("tiers", tiers(p.tiers()));
        }
        return m;
    }

    private static List<Map<String, Object>> tiers(List<Tier> tiers) {
        return tiers.stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            t.upTo().ifPresent(u -> m.put("up_to", u.toPlainString()));
            m.put("unit_price", t.unitPrice().toString());
            return m;
        }).toList();
    }

    /** Reads back what {@link #write} stored. */
    public static Price stored(String json, Currency currency) {
        Fields f = new Fields();
        Price p = read(f, io.enis.billing.store.JsonColumn.read(json, JsonNode.class), "price", currency);
        if (p == null) {
            throw new IllegalStateException("stored price does not read back: " + f.errors());
        }
        return p;
    }

    /** Jackson writes a {@link Price} field in the form above. */
    public static final class Serializer extends JsonSerializer<Price> {
        @Override
        public void serialize(Price value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeObject(write(value));
        }
    }
}
