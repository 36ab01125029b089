//! The demo handbook shipped with Policybook: a dozen customer-service policies, several in all
//! four languages (the files are in `assets/demo/`).

include!(concat!(env!("OUT_DIR"), "/demo_files.rs"));

/// The company the demo handbook belongs to.
pub const COMPANY: &str = "Riverbend Retail";

/// Fills an empty handbook with the demo policies (all or nothing).
pub fn install(hb: &mut crate::Handbook) -> crate::Result<crate::import::ImportReport> {
    let items: Vec<(&str, &[u8])> = FILES.iter().map(|(n, t)| (*n, t.as_bytes())).collect();
    let report = hb.import_texts(
        &items,
        &crate::import::ImportOptions {
            lang: None,
            author: "Policybook demo".into(),
        },
    )?;
    hb.set_setting("company", COMPANY, "Policybook demo")?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_installs_and_has_all_four_languages() {
        let mut hb = crate::Handbook::open_in_memory(Box::new(crate::SystemClock)).unwrap();
        let report = install(&mut hb).unwrap();
        assert!(FILES.len() >= 12);
        assert_eq!(report.imported.len(), FILES.len());
        for l in crate::Lang::ALL {
            assert!(
                report.imported.iter().any(|i| i.lang == l),
                "no {l} policy in the demo"
            );
        }
        let problems = hb.check().unwrap();
        assert!(problems.is_empty(), "{problems:?}");
    }
}
