use super::*;
use crate::quantity::find;

fn entry(text: &str) -> Entry {
    let q = find(text)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no quantity in {text}"));
    Entry::Quantity {
        kind: q.kind,
        value: q.value,
        fact: 0,
        race: None,
        most: None,
        lead: None,
        end: None,
        born: None,
    }
}

fn places(order: &Order, places: Range<usize>) -> Vec<usize> {
    places.map(|k| order.at(k)).collect()
}

#[test]
fn roundness_is_the_power_of_ten_a_number_is_a_multiple_of() {
    let cases = [
        (16_000.0, 3, "thousands"),
        (929.0, 0, "units"),
        (1950.0, 1, "a round year"),
        (4.8, -1, "one decimal"),
        (0.25, -2, "two decimals"),
        (1.2e6, 5, "1.2 million"),
        (0.0, ROUND_MAX, "zero is as round as it gets"),
        (-300.0, 2, "the sign does not matter"),
        (0.123_456_789, -7, "a millionth of itself is float noise"),
        (1e-12, ROUND_MIN - 1, "finer than any group"),
    ];
    for (n, want, why) in cases {
        assert_eq!(roundness(n), want, "{n}: {why}");
    }
}

#[test]
fn values_sort_by_group_then_size_and_spans_find_them() {
    let entries: Vec<Entry> = [
        "It had 300 wells.",   // 0
        "In 1949 it began.",   // 1
        "It had 120 wells.",   // 2
        "It had 700 wells.",   // 3
        "It had 121 wells.",   // 4
        "It cost $5 million.", // 5
        "It had 500 wells.",   // 6
        "It had 121 wells.",   // 7
    ]
    .iter()
    .map(|t| entry(t))
    .chain([Entry::Text {
        answer: "Paris".into(),
        asks: String::new(),
    }])
    .collect();
    let order = Order::of(&entries);
    assert_eq!(order.len(), 8, "the text answer is not ordered");
    let units = sort_of(&entries[4]).unwrap().0;
    let span = order.span(&entries, units, 100.0, 200.0);
    assert_eq!(
        places(&order, span.clone()),
        [4, 7],
        "121 twice, deck order"
    );
    assert_eq!(order.run(&entries, span.clone(), span.start + 1), span);
    let hundreds = sort_of(&entries[0]).unwrap().0;
    let span = order.span(&entries, hundreds, 0.0, 1000.0);
    assert_eq!(places(&order, span), [0, 6, 3], "by size");
    assert!(order.span(&entries, hundreds, 301.0, 499.0).is_empty());
    let groups = order.groups(&entries);
    let total: usize = groups.iter().map(|(_, r)| r.len()).sum();
    assert_eq!(total, 8);
    assert!(groups
        .windows(2)
        .all(|w| w[0].0 < w[1].0 && w[0].1.end == w[1].1.start));
}

#[test]
fn amounts_in_units_of_one_dimension_order_by_their_base() {
    let entries: Vec<Entry> = [
        "It is 2 km long.",
        "It is 900 metres long.",
        "It is 3 km long.",
    ]
    .iter()
    .map(|t| entry(t))
    .collect();
    let order = Order::of(&entries);
    let all: Vec<usize> = (0..3).map(|k| order.at(k)).collect();
    assert_eq!(all, [1, 0, 2]);
}

#[test]
fn dates_key_in_day_order_and_years_start_between_them() {
    let d = |y, m, day, end| Date {
        year: Some(y),
        month: m,
        day,
        end_day: end,
    };
    let keys = [
        date_key(&d(1948, 12, Some(31), None)),
        year_start(1949),
        date_key(&d(1949, 1, None, None)),
        date_key(&d(1949, 1, Some(1), None)),
        date_key(&d(1949, 1, Some(1), Some(2))),
        date_key(&d(1949, 1, Some(1), Some(3))),
        date_key(&d(1949, 12, Some(31), None)),
        year_start(1950),
    ];
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
}

#[test]
fn merging_two_decks_orders_as_one() {
    let a: Vec<Entry> = [
        "It had 300 wells.",
        "In 1949 it began.",
        "It had 120 wells.",
    ]
    .iter()
    .map(|t| entry(t))
    .collect();
    let b: Vec<Entry> = ["It had 300 wells.", "It had 7 wells.", "In 1812 it began."]
        .iter()
        .map(|t| entry(t))
        .collect();
    let all: Vec<Entry> = a.iter().chain(&b).cloned().collect();
    let merged = Order::of(&a).merge(Order::of(&b), a.len(), &all);
    assert_eq!(merged, Order::of(&all));
}
