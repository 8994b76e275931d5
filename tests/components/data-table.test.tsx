// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { DataTable } from "@/app/stats/_components/data-table";

describe("DataTable (the stats tables)", () => {
  it("names the table, its columns and each row by its first cell", () => {
    render(
      <DataTable
        caption="Cards due per day"
        columns={["Day", "Cards due"]}
        rows={[
          { key: "overdue", head: "Overdue", cells: [3] },
          { key: 1, head: "Today", cells: [5] },
        ]}
        testId="forecast-table"
      />,
    );
    const table = screen.getByRole("table", { name: "Cards due per day" });
    expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(["Day", "Cards due"]);
    expect(within(table).getAllByRole("rowheader").map((th) => th.textContent)).toEqual(["Overdue", "Today"]);
    expect(within(table).getAllByRole("cell").map((td) => td.textContent)).toEqual(["3", "5"]);
    expect(screen.getByTestId("forecast-table")).toBe(table);
  });
});
