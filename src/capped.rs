//! Reading with a ceiling: at most the limit plus one byte, whatever the file says its size
//! is. The deck limit used to be checked on metadata alone, so `check /dev/zero` (size 0)
//! read until memory ran out, and a pipe had no size to check at all (issue 9, point 10).

use std::io::{self, Read};

/// Why a capped read returned nothing.
#[derive(Debug, thiserror::Error)]
pub enum CappedError {
    /// There was more than `limit` bytes; only `limit + 1` were read.
    #[error("it is larger than {} MiB", .limit >> 20)]
    TooLarge {
        /// The most that may be read, in bytes.
        limit: usize,
    },
    /// Reading failed.
    #[error("cannot read it: {0}")]
    Io(#[from] io::Error),
}

/// All of `reader` when it holds at most `limit` bytes; reads no more than `limit + 1`.
pub fn read_capped(reader: impl Read, limit: usize) -> Result<Vec<u8>, CappedError> {
    let mut bytes = Vec::new();
    reader.take(limit as u64 + 1).read_to_end(&mut bytes)?;
    if bytes.len() > limit {
        return Err(CappedError::TooLarge { limit });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Endless zeros, like `/dev/zero`, counting what was read.
    struct Zeros(usize);

    impl Read for Zeros {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            buf.fill(0);
            self.0 += buf.len();
            Ok(buf.len())
        }
    }

    #[test]
    fn reads_up_to_the_limit_and_refuses_more() {
        // (input length, limit, read in full)
        let cases = [
            (0, 4, true),
            (4, 4, true),
            (5, 4, false),
            (3 << 20, 1 << 20, false),
        ];
        for (len, limit, fits) in cases {
            let got = read_capped(&vec![7u8; len][..], limit);
            match got {
                Ok(bytes) => assert!(fits && bytes.len() == len, "{len} {limit}"),
                Err(CappedError::TooLarge { limit: l }) => assert!(!fits && l == limit),
                Err(e) => panic!("{len} {limit}: {e}"),
            }
        }
    }

    #[test]
    fn an_endless_reader_is_read_only_to_one_past_the_limit() {
        let mut zeros = Zeros(0);
        let err = read_capped(&mut zeros, 1 << 20).unwrap_err();
        assert_eq!(err.to_string(), "it is larger than 1 MiB");
        assert!(zeros.0 <= (1 << 20) + 64 * 1024, "read {} bytes", zeros.0);
    }
}
