package io.enis.billing;

import io.enis.billing.http.Pages;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceDocument;
import io.enis.billing.invoices.render.InvoiceHtml;
import io.enis.billing.invoices.render.InvoicePdf;
import io.enis.billing.invoicing.BillingRequests;
import io.enis.billing.invoicing.CreditNotes;
import io.enis.billing.invoicing.Invoicing;
import io.enis.kit.app.Api;
import io.enis.kit.auth.Authenticator;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.json.Json;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code /v1/billing/invoices}: list, read (JSON, or {@code Accept: text/html} / {@code application/pdf}),
 * create on demand for a subscription's period, finalize, void, mark uncollectible, credit notes.
 */
final class InvoiceRoutes {
    private static final String BASE = "/v1/billing/invoices";
    private final Invoicing invoicing;
    private final CreditNotes creditNotes;
    private final Idempotency idempotency;

    InvoiceRoutes(Invoicing invoicing, CreditNotes creditNotes, Idempotency idempotency) {
        this.invoicing = invoicing;
        this.creditNotes = creditNotes;
        this.idempotency = idempotency;
    }

    void register(Api api) {
        api.get(
                BASE,
                Scopes.BILLING_READ,
                ctx -> Responses.ok(
                        ctx,
                        invoicing
                                .list(
                                        BillingRequests.customerIdQuery(ctx.queryParam("customer_id")),
                                        BillingRequests.status(ctx.queryParam("status")),
                                        Pages.of(ctx))
                                .map(InvoiceDocument::of)));
        api.post(BASE, Scopes.BILLING_WRITE, idempotency.wrap(this::create));
        api.get(BASE + "/{id}", Scopes.BILLING_READ, ctx -> render(ctx, invoicing.get(id(ctx))));
        api.post(
                BASE + "/{id}/finalize",
                Scopes.BILLING_WRITE,
                idempotency.wrap(
                        ctx -> Responses.ok(ctx, InvoiceDocument.of(invoicing.finalize(id(ctx), actor(ctx))))));
        api.post(
                BASE + "/{id}/void",
                Scopes.BILLING_WRITE,
                idempotency.wrap(
                        ctx -> Responses.ok(ctx, InvoiceDocument.of(invoicing.voidInvoice(id(ctx), actor(ctx))))));
        api.post(
                BASE + "/{id}/mark-uncollectible",
                Scopes.BILLING_WRITE,
                idempotency.wrap(ctx ->
                        Responses.ok(ctx, InvoiceDocument.of(invoicing.markUncollectible(id(ctx), actor(ctx))))));
        api.post(BASE + "/{id}/credit-notes", Scopes.BILLING_WRITE, idempotency.wrap(ctx -> {
            var credit = BillingRequests.Credit.read(Json.parse(ctx.bodyAsBytes()));
            Responses.json(
                    ctx,
                    201,
                    Documents.creditNote(creditNotes.issue(
                            id(ctx),
                            credit.amountMinor(),
                            credit.reason(),
                            credit.type(),
                            ctx.header(Idempotency.HEADER),
                            actor(ctx))));
        }));
        api.get(
                BASE + "/{id}/credit-notes",
                Scopes.BILLING_READ,
                ctx -> Responses.ok(
                        ctx,
                        Map.of(
                                "data",
                                creditNotes.list(id(ctx)).stream()
                                        .map(Documents::creditNote)
                                        .toList())));
    }

    /** 201 with the new draft, or 200 with the invoice the period already has. */
    private void create(Context ctx) {
        var request = BillingRequests.CreateInvoice.read(Json.parse(ctx.bodyAsBytes()));
        Invoicing.Created created = invoicing.create(request.subscriptionId(), request.periodStart(), actor(ctx));
        Responses.json(ctx, created.created() ? 201 : 200, InvoiceDocument.of(created.invoice()));
    }

    /** The invoice in the first of PDF, HTML or JSON the {@code Accept} header names; JSON by default. */
    private static void render(Context ctx, Invoice invoice) {
        String accept = ctx.header("Accept") == null ? "" : ctx.header("Accept");
        int pdf = accept.indexOf("application/pdf");
        int html = accept.indexOf("text/html");
        int json = accept.indexOf("application/json");
        int first = firstOf(pdf, html, json);
        if (first >= 0 && first == pdf) {
            ctx.status(200).contentType("application/pdf").result(InvoicePdf.render(invoice));
        } else if (first >= 0 && first == html) {
            Responses.text(ctx, 200, "text/html; charset=utf-8", InvoiceHtml.render(invoice));
        } else {
            Responses.ok(ctx, InvoiceDocument.of(invoice));
        }
    }

    private static int firstOf(int... positions) {
        int first = -1;
        for (int p : positions) {
            if (p >= 0 && (first < 0 || p < first)) {
                first = p;
            }
        }
        return first;
    }

    private static String id(Context ctx) {
        return ctx.pathParam("id");
    }

    private static String actor(Context ctx) {
        return Authenticator.principal(ctx).keyId();
    }
}
