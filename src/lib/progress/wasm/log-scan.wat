;; The scan of a stored log string (../log-scan.ts, grammar in ../README.md) in WebAssembly, for
;; long logs whose text is ASCII: the same columns and ScanFacts as scanLogJs, at the offsets it is
;; given in the imported memory, which holds a table of base-36 digit values (-1 for any other
;; byte) at 0..255 and the text's bytes from $base, a zero byte after them. `scan` returns 0 when
;; every entry was read; anything else (a malformed entry, a number of more than 10 digits) makes
;; the caller scan in JavaScript, which throws the exact error or reads the long number.
;; Build: node scripts/build-log-scan-wasm.mjs (wat2wasm, from the wabt package).
(module
  (import "env" "memory" (memory 1))
  (global $distinct (export "distinct") (mut i32) (i32.const 0))
  (global $ties (export "ties") (mut i32) (i32.const 0))
  (global $fulls (export "fulls") (mut i32) (i32.const 0))
  (global $end (mut i32) (i32.const 0))

  ;; How many bytes of [$from, $to) are ",".
  (func (export "commas") (param $from i32) (param $to i32) (result i32)
    (local $k i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
        (local.set $k (i32.add (local.get $k) (i32.eq (i32.load8_u (local.get $from)) (i32.const 44))))
        (local.set $from (i32.add (local.get $from) (i32.const 1)))
        (br $next)))
    (local.get $k))

  ;; The base-36 number whose digits start at $pos: its value; $end is where its digits end.
  ;; -1 when there is no digit, -2 when there are more than 10 (not exact here).
  (func $number (param $pos i32) (result i64)
    (local $start i32) (local $v i64) (local $d i32)
    (local.set $start (local.get $pos))
    (block $done
      (loop $digits
        (local.set $d (i32.load8_s (i32.load8_u (local.get $pos))))
        (br_if $done (i32.lt_s (local.get $d) (i32.const 0)))
        (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 36)) (i64.extend_i32_u (local.get $d))))
        (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
        (br $digits)))
    (global.set $end (local.get $pos))
    (if (i32.eq (local.get $pos) (local.get $start)) (then (return (i64.const -1))))
    (if (i32.gt_u (i32.sub (local.get $pos) (local.get $start)) (i32.const 10)) (then (return (i64.const -2))))
    (local.get $v))

  (func (export "scan")
    (param $base i32) (param $n i32) (param $count i32) (param $cardCount i32)
    (param $pAt i32) (param $pMs i32) (param $pCard i32) (param $pFrom i32) (param $pTo i32)
    (param $pLaneA i32) (param $pLaneB i32) (param $pCode i32) (param $pFull i32)
    (param $pRank i32) (param $pOrder i32) (param $pFirst i32) (param $pTies i32) (param $pFulls i32)
    (result i32)
    (local $i i32) (local $pos i32) (local $start i32) (local $c i32) (local $v i64) (local $last i32)
    (local $index i32) (local $letter i32) (local $time i64) (local $prev i64) (local $ms i64)
    (local $r i32) (local $key i32) (local $lo i32) (local $hi i32) (local $x i32)
    (local $a i32) (local $b i32)
    (local.set $a (i32.const 0x811c9dc5))
    (local.set $b (i32.const 0x5bd1e995))
    (local.set $pos (local.get $base))
    (local.set $last (i32.add (local.get $base) (local.get $n)))
    (global.set $distinct (i32.const 0))
    (global.set $ties (i32.const 0))
    (global.set $fulls (i32.const 0))
    (block $ok
      (loop $entry
        (br_if $ok (i32.ge_u (local.get $i) (local.get $count)))
        ;; card index, then the rating+mode letter
        (local.set $v (call $number (local.get $pos)))
        (if (i64.lt_s (local.get $v) (i64.const 0)) (then (return (i32.const 1))))
        (if (i64.ge_u (local.get $v) (i64.extend_i32_u (local.get $cardCount))) (then (return (i32.const 2))))
        (local.set $index (i32.wrap_i64 (local.get $v)))
        (local.set $pos (global.get $end))
        (local.set $letter (i32.sub (i32.load8_u (local.get $pos)) (i32.const 65)))
        (if (i32.gt_u (local.get $letter) (i32.const 15)) (then (return (i32.const 1))))
        ;; time since the previous entry
        (local.set $v (call $number (i32.add (local.get $pos) (i32.const 1))))
        (if (i64.lt_s (local.get $v) (i64.const 0)) (then (return (i32.const 1))))
        (local.set $pos (global.get $end))
        (local.set $time (i64.add (local.get $prev) (local.get $v)))
        ;; answer time
        (local.set $ms (i64.const -1))
        (local.set $c (i32.load8_u (local.get $pos)))
        (if (i32.eq (local.get $c) (i32.const 46))
          (then
            (local.set $ms (call $number (i32.add (local.get $pos) (i32.const 1))))
            (if (i64.lt_s (local.get $ms) (i64.const 0)) (then (return (i32.const 1))))
            (local.set $pos (global.get $end))
            (local.set $c (i32.load8_u (local.get $pos)))))
        ;; the id part: "-" and base-36 digits up to the entry's end, or "~" and the id up to the next ","
        (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
        (local.set $start (local.get $pos))
        (if (i32.eq (local.get $c) (i32.const 45))
          (then
            (block $idEnd
              (loop $id
                (br_if $idEnd (i32.lt_s (i32.load8_s (i32.load8_u (local.get $pos))) (i32.const 0)))
                (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
                (br $id)))
            (if (i32.eq (local.get $pos) (local.get $start)) (then (return (i32.const 1))))
            (if (i32.and (i32.lt_u (local.get $pos) (local.get $last)) (i32.ne (i32.load8_u (local.get $pos)) (i32.const 44)))
              (then (return (i32.const 1)))))
          (else
            (if (i32.ne (local.get $c) (i32.const 126)) (then (return (i32.const 1))))
            (block $fullEnd
              (loop $full
                (br_if $fullEnd (i32.ge_u (local.get $pos) (local.get $last)))
                (br_if $fullEnd (i32.eq (i32.load8_u (local.get $pos)) (i32.const 44)))
                (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
                (br $full)))
            (if (i32.eq (local.get $pos) (local.get $start)) (then (return (i32.const 3))))
            (i32.store8 (i32.add (local.get $pFull) (local.get $i)) (i32.const 1))
            (i32.store (i32.add (local.get $pFulls) (i32.shl (global.get $fulls) (i32.const 2))) (local.get $i))
            (global.set $fulls (i32.add (global.get $fulls) (i32.const 1)))))
        ;; a time past Number.MAX_SAFE_INTEGER
        (if (i64.gt_u (local.get $time) (i64.const 9007199254740991)) (then (return (i32.const 4))))
        (f64.store (i32.add (local.get $pAt) (i32.shl (local.get $i) (i32.const 3))) (f64.convert_i64_u (local.get $time)))
        (f64.store (i32.add (local.get $pMs) (i32.shl (local.get $i) (i32.const 3))) (f64.convert_i64_s (local.get $ms)))
        (i32.store (i32.add (local.get $pCard) (i32.shl (local.get $i) (i32.const 2))) (local.get $index))
        (i32.store8 (i32.add (local.get $pCode) (local.get $i)) (local.get $letter))
        (i32.store (i32.add (local.get $pFrom) (i32.shl (local.get $i) (i32.const 2))) (i32.sub (local.get $start) (local.get $base)))
        (i32.store (i32.add (local.get $pTo) (i32.shl (local.get $i) (i32.const 2))) (i32.sub (local.get $pos) (local.get $base)))
        (if (i32.and (i32.gt_u (local.get $i) (i32.const 0)) (i64.eq (local.get $time) (local.get $prev)))
          (then
            (i32.store (i32.add (local.get $pTies) (i32.shl (global.get $ties) (i32.const 2))) (local.get $i))
            (global.set $ties (i32.add (global.get $ties) (i32.const 1)))))
        ;; the fingerprint (../fingerprint-lanes.ts): the card by first appearance, the rating, the time's halves
        (local.set $r (i32.load (i32.add (local.get $pRank) (i32.shl (local.get $index) (i32.const 2)))))
        (if (i32.lt_s (local.get $r) (i32.const 0))
          (then
            (local.set $r (global.get $distinct))
            (global.set $distinct (i32.add (local.get $r) (i32.const 1)))
            (i32.store (i32.add (local.get $pRank) (i32.shl (local.get $index) (i32.const 2))) (local.get $r))
            (i32.store (i32.add (local.get $pOrder) (i32.shl (local.get $r) (i32.const 2))) (local.get $index))
            (i32.store (i32.add (local.get $pFirst) (i32.shl (local.get $r) (i32.const 2))) (local.get $i))))
        (local.set $key
          (i32.add (i32.shl (local.get $r) (i32.const 2))
            (i32.add (i32.const 1)
              (if (result i32) (i32.ge_u (local.get $letter) (i32.const 12))
                (then (i32.sub (local.get $letter) (i32.const 12)))
                (else (i32.div_u (local.get $letter) (i32.const 3)))))))
        (local.set $lo (i32.wrap_i64 (local.get $time)))
        (local.set $hi (i32.wrap_i64 (i64.shr_u (local.get $time) (i64.const 32))))
        (local.set $x (i32.mul (i32.xor (i32.mul (i32.xor (i32.mul (i32.xor (local.get $a) (local.get $key)) (i32.const 0x01000193)) (local.get $lo)) (i32.const 0x01000193)) (local.get $hi)) (i32.const 0x01000193)))
        (local.set $a (i32.rotl (local.get $x) (i32.const 13)))
        (local.set $x (i32.mul (i32.xor (i32.mul (i32.xor (i32.mul (i32.xor (local.get $b) (local.get $key)) (i32.const 0x5bd1e995)) (local.get $lo)) (i32.const 0x5bd1e995)) (local.get $hi)) (i32.const 0x5bd1e995)))
        (local.set $b (i32.rotl (local.get $x) (i32.const 17)))
        (i32.store (i32.add (local.get $pLaneA) (i32.shl (local.get $i) (i32.const 2))) (local.get $a))
        (i32.store (i32.add (local.get $pLaneB) (i32.shl (local.get $i) (i32.const 2))) (local.get $b))
        (local.set $prev (local.get $time))
        (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $entry)))
    (i32.const 0))
)
