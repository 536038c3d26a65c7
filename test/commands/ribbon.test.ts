import { GRADE_ACTIVE_SHEET, registerRibbonCommands, ribbonHandler, type RibbonEvent } from "../../src/commands/ribbon";
import type { JobOutcome } from "../../src/core/jobs/outcome";

function recordingEvent() {
  const event: RibbonEvent & { completedCalls: number } = {
    completedCalls: 0,
    completed() {
      this.completedCalls += 1;
    },
  };
  return event;
}

describe("ribbon handler", () => {
  it("reports the job's outcome and completes the event", async () => {
    const reported: JobOutcome[] = [];
    const event = recordingEvent();
    await ribbonHandler(
      async () => ({ status: "not_available" }),
      async (o) => void reported.push(o),
    )(event);
    expect(reported).toEqual([{ status: "not_available" }]);
    expect(event.completedCalls).toBe(1);
  });

  it("turns a thrown error into a failed outcome in both languages, never losing it", async () => {
    const reported: JobOutcome[] = [];
    const event = recordingEvent();
    await ribbonHandler(
      async () => {
        throw new Error("sheet is protected");
      },
      async (o) => void reported.push(o),
    )(event);
    expect(reported).toHaveLength(1);
    const outcome = reported[0]!;
    expect(outcome.status).toBe("failed");
    if (outcome.status !== "failed") throw new Error("unreachable");
    expect(outcome.message.ja).toContain("sheet is protected");
    expect(outcome.message.en).toContain("sheet is protected");
    expect(event.completedCalls).toBe(1);
  });

  it("completes the event even when reporting fails", async () => {
    const event = recordingEvent();
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await ribbonHandler(
      async () => ({ status: "not_available" }),
      async () => {
        throw new Error("cannot show the pane");
      },
    )(event);
    expect(event.completedCalls).toBe(1);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it("registers the function under the name the manifest uses", () => {
    const names: string[] = [];
    registerRibbonCommands(
      { associate: (name) => void names.push(name) },
      { gradeActiveSheet: async () => ({ status: "not_available" }), report: async () => undefined },
    );
    expect(names).toEqual([GRADE_ACTIVE_SHEET]);
  });
});
