import { drillHref, newSeed, parseSelection, selectedTopicKeys, type Selection } from "@/lib/drill";
import { MOCK_DEFAULT } from "@/lib/interview/limits";

const params = (query: string) => new URLSearchParams(query);

describe("parseSelection", () => {
  it("reads topics, mode and seed from a well-formed query", () => {
    expect(parseSelection(params("topics=django/orm,django/views&mode=weak&seed=abc_-9"))).toEqual({
      topics: ["django/orm", "django/views"],
      mode: "weak",
      seed: "abc_-9",
    });
  });

  it("defaults to every topic, shuffle mode and no seed for an empty query", () => {
    expect(parseSelection(params(""))).toEqual({ topics: "all", mode: "shuffle", seed: null });
  });

  it("keeps only well-formed topic keys, trimmed and without duplicates, in the order given", () => {
    const query = "topics=django/views, django/orm ,../etc,Django/Orm,a/b/c,django/views,/x,x/,-a/b,a/-b";
    expect(parseSelection(params(query)).topics).toEqual(["django/views", "django/orm"]);
  });

  it("falls back to every topic when no listed topic is usable", () => {
    expect(parseSelection(params("topics=,,,")).topics).toBe("all");
    expect(parseSelection(params("topics=<script>")).topics).toBe("all");
    expect(parseSelection(params("topics=all")).topics).toBe("all");
  });

  it("falls back to shuffle for an unknown or differently cased mode", () => {
    expect(parseSelection(params("mode=cram")).mode).toBe("shuffle");
    expect(parseSelection(params("mode=DUE")).mode).toBe("shuffle");
    expect(parseSelection(params("mode=due")).mode).toBe("due");
  });

  it("drops a seed with other characters or longer than 32 characters", () => {
    expect(parseSelection(params("seed=a%20b")).seed).toBeNull();
    expect(parseSelection(params("seed=<x>")).seed).toBeNull();
    expect(parseSelection(params("seed=")).seed).toBeNull();
    expect(parseSelection(params(`seed=${"a".repeat(33)}`)).seed).toBeNull();
    expect(parseSelection(params(`seed=${"a".repeat(32)}`)).seed).toBe("a".repeat(32));
  });
});

describe("drillHref", () => {
  it("writes topic keys with plain slashes and commas", () => {
    expect(drillHref({ topics: ["django/orm", "django/views"], mode: "shuffle", seed: "k3" })).toBe(
      "/drill?topics=django/orm,django/views&mode=shuffle&seed=k3",
    );
  });

  it("writes topics=all for every topic and leaves out a missing seed", () => {
    expect(drillHref({ topics: "all", mode: "weak", seed: null })).toBe("/drill?topics=all&mode=weak");
  });

  it("leaves the seed out of a due drill, whose order is the schedule's", () => {
    expect(drillHref({ topics: "all", mode: "due", seed: "abc" })).toBe("/drill?topics=all&mode=due");
  });

  it("round-trips through parseSelection", () => {
    const selections: Selection[] = [
      { topics: ["django/orm"], mode: "shuffle", seed: "Zz_-09" },
      { topics: "all", mode: "weak", seed: null },
      { topics: ["a/b", "c-d/e"], mode: "due", seed: null },
    ];
    for (const selection of selections) {
      const href = drillHref(selection);
      expect(parseSelection(new URL(href, "https://prepdeck.test").searchParams)).toEqual(selection);
    }
  });
});

describe("newSeed", () => {
  it("makes eight base-36 characters from the random source", () => {
    expect(newSeed(() => 0)).toBe("00000000");
    expect(newSeed(() => 0.999_999)).toBe("zzzzzzzz");
    const values = [0.5, 0.1, 0.9, 0.3, 0.7, 0.2, 0.8, 0.4];
    let i = 0;
    expect(newSeed(() => values[i++] ?? 0)).toBe("i3wap7se");
  });

  it("makes a seed that parseSelection accepts", () => {
    const seed = newSeed(() => 0.42);
    expect(parseSelection(params(`seed=${seed}`)).seed).toBe(seed);
  });
});

describe("selectedTopicKeys", () => {
  const bank = ["django/architecture", "django/orm", "django/views", "sql/joins"];

  it("returns every key, as a copy, for all topics", () => {
    const keys = selectedTopicKeys({ topics: "all", mode: "shuffle", seed: null }, bank);
    expect(keys).toEqual(bank);
    expect(keys).not.toBe(bank);
  });

  it("returns the selected keys in bank order and drops keys the bank does not have", () => {
    const selection: Selection = { topics: ["sql/joins", "gone/topic", "django/orm"], mode: "due", seed: null };
    expect(selectedTopicKeys(selection, bank)).toEqual(["django/orm", "sql/joins"]);
  });
});

describe("interview and mock interview URLs", () => {
  it("reads interview mode, and a mock interview's question count only in interview mode and within 3–15", () => {
    expect(parseSelection(params("mode=interview&seed=s&mock=6"))).toEqual({ topics: "all", mode: "interview", seed: "s", mock: 6 });
    expect(parseSelection(params("mode=interview&seed=s"))).toEqual({ topics: "all", mode: "interview", seed: "s" });
    expect(parseSelection(params("mode=shuffle&mock=6")).mock).toBeUndefined();
    for (const bad of ["2", "16", "4.5", "six", ""]) expect(parseSelection(params(`mode=interview&mock=${bad}`)).mock).toBeUndefined();
  });

  it("writes the count into the link, so a mock interview can be shared", () => {
    const href = drillHref({ topics: ["django/orm"], mode: "interview", seed: "abc", mock: 9 });
    expect(href).toBe("/drill?topics=django/orm&mode=interview&seed=abc&mock=9");
    expect(parseSelection(new URL(href, "http://x").searchParams)).toEqual({ topics: ["django/orm"], mode: "interview", seed: "abc", mock: 9 });
  });
});

describe("the home page's picker form (a plain GET form, before or without JavaScript)", () => {
  it("reads one topics field per ticked checkbox, in the order given and without duplicates", () => {
    expect(parseSelection(params("topics=django/admin&topics=django/async&mode=weak"))).toEqual({
      topics: ["django/admin", "django/async"],
      mode: "weak",
      seed: null,
    });
    expect(parseSelection(params("topics=django/admin&topics=django/admin")).topics).toEqual(["django/admin"]);
  });

  it("reads repeated and comma-separated topics together, dropping malformed keys", () => {
    expect(parseSelection(params("topics=django/orm,django/views&topics=<x>&topics=django/admin")).topics).toEqual(["django/orm", "django/views", "django/admin"]);
    expect(parseSelection(params("topics=&topics=<x>")).topics).toBe("all");
  });

  it("treats no ticked checkbox, or any topics=all, as every topic", () => {
    expect(parseSelection(params("mode=due")).topics).toBe("all");
    expect(parseSelection(params("topics=django/orm&topics=all")).topics).toBe("all");
  });

  it("reads the form's mock button as a mock interview of the chosen count, defaulting when the count is bad", () => {
    expect(parseSelection(params("topics=django/orm&questions=4&mode=mock"))).toEqual({ topics: ["django/orm"], mode: "interview", seed: null, mock: 4 });
    expect(parseSelection(params("questions=99&mode=mock")).mock).toBe(MOCK_DEFAULT);
    expect(parseSelection(params("mode=mock")).mock).toBe(MOCK_DEFAULT);
  });

  it("keeps the plain Interview button a plain interview although the form also sends the count", () => {
    expect(parseSelection(params("topics=django/orm&questions=4&mode=interview"))).toEqual({ topics: ["django/orm"], mode: "interview", seed: null });
  });

  it("turns a form's query into the same canonical link the app writes", () => {
    const selection = parseSelection(params("topics=django/admin&topics=django/async&questions=9&mode=mock"));
    expect(drillHref(selection)).toBe("/drill?topics=django/admin,django/async&mode=interview&mock=9");
  });
});

