"""The issue's command forms: product, stock, transfer, invoice --item and refund."""

from __future__ import annotations

from tests.support.cli import EXIT_REFUSED, Cli


def test_stock_the_booth_sell_by_sku_refund_one(cli: Cli) -> None:
    cli.ok(
        "product",
        "add",
        "--sku",
        "MUG",
        "--name",
        "Booth mug",
        "--price",
        "9.50",
        "--vat",
        "19",
        "--barcode",
        "4006381333931",
        "--track-stock",
    )
    assert cli.json("product", "list")[0]["track_stock"] is True
    cli.ok("stock", "move", "MUG", "30", "--location", "WAREHOUSE", "--note", "delivery")
    asked = cli.json(
        "transfer", "request", "--from", "WAREHOUSE", "--to", "BOOTH", "--item", "MUG:12"
    )
    cli.ok("transfer", "approve", str(asked["id"]))
    cli.ok("transfer", "send", str(asked["id"]))
    received = cli.json("transfer", "receive", str(asked["id"]), "--item", "MUG:11")
    assert received["lines"][0]["missing"] == "1"

    sold = cli.json("invoice", "create", "--item", "MUG:3", "--pay", "cash:28.50")
    assert (sold["gross"], sold["lines"][0]["description"]) == ("28.50", "Booth mug")
    levels = {(r["sku"], r["location"]): r["quantity"] for r in cli.json("stock", "show")}
    assert levels == {("MUG", "BOOTH"): "8", ("MUG", "WAREHOUSE"): "18"}

    note = cli.json("invoice", "refund", sold["number"], "--line", "1:1", "--reason", "chipped")
    assert (note["gross"], note["restocked"]) == ("9.50", True)
    refused = cli.fails(
        EXIT_REFUSED,
        "invoice",
        "refund",
        sold["number"],
        "--line",
        "1:3",
        "--reason",
        "all of them",
    )
    assert "only 2 of 3 left" in refused.stderr
    assert cli.json("stock", "count", "MUG", "9", "--location", "BOOTH")[0]["quantity"] == "9"
    cli.fails(EXIT_REFUSED, "stock", "move", "--location", "BOOTH", "--", "MUG", "-50")


def test_a_discount_on_the_whole_sale(cli: Cli) -> None:
    sold = cli.json(
        "invoice",
        "create",
        "--line",
        "Book|2|21.40|7",
        "--line",
        "Mug|1|9.99|19",
        "--discount",
        "10%",
        "--pay",
        "cash:47.51",
    )
    assert (sold["gross"], sold["discount"]) == ("47.51", "5.28")
