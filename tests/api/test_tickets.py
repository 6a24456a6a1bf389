"""Creating, reading and listing tickets."""

from __future__ import annotations

import uuid

import pytest

from ..factories import Api, complaint_body, return_body


def test_create_returns_the_ticket_with_its_decision(api: Api) -> None:
    r = api.post("/v1/tickets", return_body(), role="storefront")
    assert r.status_code == 201
    t = r.json()
    assert t["number"] == "AS-20261123-000001"
    assert (t["state"], t["level"], t["priority"], t["version"], t["owner"]) == (
        "received",
        "agent",
        "medium",
        1,
        "storefront",
    )
    assert r.headers["etag"] == '"1"'
    d = t["decision"]
    assert (d["eligible"], d["days_since_invoice"], d["restocking_fee"], d["refund_amount"]) == (
        True,
        7,
        "19.90",
        "179.10",
    )
    assert d["policy_version"] == t["policy_version"] == "2026-11-23.2"
    assert t["due"]["first_response"] == "2026-11-24T02:00:00+00:00"
    assert t["due"]["contact"] == "2026-11-26T02:00:00+00:00"
    assert t["overdue"] == []
    assert t["items"][0]["unit_price"] == "199.00"


def test_numbers_count_per_business_day(api: Api, clock: object) -> None:
    first = api.create(return_body())
    second = api.create(return_body())
    clock.advance(hours=14)  # type: ignore[attr-defined]  # 00:00 next day in Shanghai
    third = api.create(return_body())
    assert [first["number"], second["number"], third["number"]] == [
        "AS-20261123-000001",
        "AS-20261123-000002",
        "AS-20261124-000001",
    ]


def test_ids_are_uuids_that_grow_with_creation(api: Api) -> None:
    """Time-ordered ids (UUIDv7): each new ticket's rows go to the end of every index
    keyed by ticket id, and the tickets a sweep finds overdue together lie together."""
    ids = [api.create(return_body())["id"] for _ in range(12)]
    assert [uuid.UUID(i).version for i in ids] == [7] * 12
    assert ids == sorted(ids)
    assert len(set(ids)) == 12


def test_get_by_id_or_number(api: Api) -> None:
    t = api.create(return_body())
    by_id = api.get(f"/v1/tickets/{t['id']}")
    by_number = api.get(f"/v1/tickets/{t['number']}")
    assert by_id.status_code == by_number.status_code == 200
    assert by_id.json() == by_number.json() == t
    missing = api.get("/v1/tickets/AS-20991231-999999")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
    assert missing.json()["code"] == "not_found"


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (return_body(order=None), "order, items and reason"),
        (return_body(kind="teleport"), "kind"),
        (return_body(items=[{"sku": "S", "name": "N", "quantity": 0, "unit_price": "1.00"}]), "quantity"),
        (return_body(items=[{"sku": "S", "name": "N", "quantity": 1, "unit_price": "1.001"}]), "unit_price"),
        (return_body(items=[{"sku": "S", "name": "N", "quantity": 1, "unit_price": "-1.00"}]), "unit_price"),
        (return_body(surprise=True), "surprise"),
        (complaint_body(complaint={"category": "weather"}), "category"),
        ({"kind": "complaint", "channel": "web", "customer": {"id": "C"}}, "complaint is required"),
        (return_body(reason="invoice_lost"), "invoice"),
    ],
)
def test_bad_input_is_a_422_problem_and_writes_nothing(api: Api, body: dict[str, object], where: str) -> None:
    r = api.post("/v1/tickets", body, role="storefront")
    assert r.status_code == 422
    problem = r.json()
    assert problem["code"] == "validation" and problem["status"] == 422
    assert where in r.text
    assert api.get("/v1/tickets").json()["items"] == []


def test_malformed_json_is_a_422_problem(api: Api) -> None:
    r = api.client.post(
        "/v1/tickets",
        content=b"{not json",
        headers={**api.keys["storefront"], "content-type": "application/json"},
    )
    assert r.status_code == 422 and r.json()["code"] == "validation"


def test_unknown_route_and_method_are_problems(api: Api) -> None:
    assert api.get("/v1/nothing").json()["code"] == "not_found"
    r = api.client.delete("/v1/tickets", headers=api.keys["admin"])
    assert r.status_code == 405 and r.headers["content-type"].startswith("application/problem+json")


def test_idempotent_replay_returns_the_first_response(api: Api) -> None:
    first = api.post("/v1/tickets", return_body(), role="storefront", Idempotency_Key="order-5001-r1")
    again = api.post("/v1/tickets", return_body(), role="storefront", Idempotency_Key="order-5001-r1")
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert len(api.get("/v1/tickets").json()["items"]) == 1
    assert api.events(first.json()) == ["received"]


def test_idempotency_key_with_another_body_is_a_mismatch(api: Api) -> None:
    api.post("/v1/tickets", return_body(), role="storefront", Idempotency_Key="k")
    other = api.post(
        "/v1/tickets", return_body(description="different"), role="storefront", Idempotency_Key="k"
    )
    assert other.status_code == 422 and other.json()["code"] == "idempotency_mismatch"
    assert len(api.get("/v1/tickets").json()["items"]) == 1


def test_idempotency_keys_belong_to_their_caller(api: Api) -> None:
    a = api.post("/v1/tickets", return_body(), role="storefront", Idempotency_Key="same")
    b = api.post("/v1/tickets", return_body(), role="agent", Idempotency_Key="same")
    assert a.json()["id"] != b.json()["id"]


def test_only_an_opened_ticket_takes_a_number(api: Api) -> None:
    """The day's counter is taken with the key's lookup: a replay, a mismatch and a
    refusal after the policy's lookups give it back."""
    first = api.post("/v1/tickets", return_body(), role="storefront", Idempotency_Key="n-1").json()
    assert api.post("/v1/tickets", return_body(), role="storefront", Idempotency_Key="n-1").json() == first
    other = return_body(description="different")
    assert api.post("/v1/tickets", other, role="storefront", Idempotency_Key="n-1").status_code == 422
    money = complaint_body(
        channel="phone", complaint={"claimed_compensation": "10.00"}, first_contact_resolution={}
    )
    assert api.post("/v1/tickets", money, Idempotency_Key="n-2").status_code == 422
    second = api.post("/v1/tickets", return_body(), role="storefront", Idempotency_Key="n-3").json()
    assert int(second["number"][-6:]) == int(first["number"][-6:]) + 1
    assert second["number"][:-6] == first["number"][:-6]


def test_a_failed_keyed_request_can_be_retried(api: Api) -> None:
    bad = api.post("/v1/tickets", return_body(kind="complaint"), role="storefront", Idempotency_Key="k2")
    assert bad.status_code == 422
    good = api.post("/v1/tickets", return_body(), role="storefront", Idempotency_Key="k2")
    assert good.status_code == 201


def test_pagination_neither_skips_nor_repeats(api: Api, clock: object) -> None:
    made = []
    for n in range(7):
        made.append(api.create(return_body())["id"])
        if n % 3 == 0:
            clock.advance(seconds=1)  # type: ignore[attr-defined]  # some share a timestamp
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = api.get("/v1/tickets", **params).json()
        seen += [t["id"] for t in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert pages == 3
    assert sorted(seen) == sorted(made) and len(seen) == len(set(seen))


def test_list_filters(api: Api, clock: object) -> None:
    a = api.create(return_body(customer={"id": "C-A"}))
    clock.advance(seconds=1)  # type: ignore[attr-defined]  # the list is ordered by creation time
    b = api.create(complaint_body(complaint={"major_flags": ["media"]}, customer={"id": "C-B"}))
    api.trigger(a, "verify")

    def ids(**params: object) -> list[str]:
        r = api.get("/v1/tickets", **params)
        assert r.status_code == 200, r.text
        return [t["number"] for t in r.json()["items"]]

    assert ids(state="verified") == [a["number"]]
    assert ids(kind="complaint") == [b["number"]]
    assert ids(level="manager") == ids(priority="high") == [b["number"]]
    assert ids(customer_id="C-A") == [a["number"]]
    assert ids(owner="storefront") == [a["number"], b["number"]]
    assert ids(created_from="2026-11-23T00:00:00+08:00", created_to="2026-11-24T00:00:00+08:00") == [
        a["number"],
        b["number"],
    ]
    assert ids(created_from="2026-11-24T00:00:00+08:00") == []
    # The major complaint's 30-minute report falls before 11:00 Shanghai time.
    assert ids(due_before="2026-11-23T11:00:00+08:00") == [b["number"]]
    assert ids(overdue="true") == []
    clock.advance(minutes=31)  # type: ignore[attr-defined]
    assert ids(overdue="true") == [b["number"]]
    assert api.get(f"/v1/tickets/{b['number']}").json()["overdue"] == ["report"]


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": "bogus"},
        {"limit": 0},
        {"limit": 201},
        {"state": "lost"},
        {"due_before": "2026-11-23T10:00:00"},
        {"due_before": "yesterday"},
    ],
)
def test_bad_list_parameters_are_422(api: Api, params: dict[str, object]) -> None:
    r = api.get("/v1/tickets", **params)
    assert r.status_code == 422 and r.json()["code"] == "validation"


def test_chinese_messages_on_request(api: Api) -> None:
    t = api.create(return_body())
    zh = api.client.get(
        f"/v1/tickets/{t['number']}", headers={**api.keys["agent"], "Accept-Language": "zh-CN"}
    )
    entry = zh.json()["decision"]["trace"][0]
    assert entry["message"] == entry["message_zh"] and "发票" in entry["message"]
    assert t["decision"]["trace"][0]["message"].startswith("Day 7")


def test_events_page_oldest_first(api: Api) -> None:
    t = api.create(return_body())
    api.trigger(t, "verify")
    api.trigger(t, "cancel", role="storefront")
    page = api.get(f"/v1/tickets/{t['number']}/events", limit=2).json()
    assert [e["seq"] for e in page["items"]] == [1, 2]
    rest = api.get(f"/v1/tickets/{t['number']}/events", cursor=page["next_cursor"]).json()
    assert [(e["seq"], e["type"], e["from_state"], e["to_state"]) for e in rest["items"]] == [
        (3, "cancel", "verified", "cancelled")
    ]
    assert rest["next_cursor"] is None
