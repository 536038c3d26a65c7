/** A fresh in-memory Excel for each test, with a fixed clock (dates typed without a year use 2025). */
import { type InMemoryExcel, type InMemoryExcelOptions, createInMemoryExcel } from "@tassei/in-memory-excel";

export const TODAY = new Date(2025, 5, 1);

export function freshExcel(options: InMemoryExcelOptions = {}): InMemoryExcel {
  return createInMemoryExcel({ today: () => TODAY, ...options });
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejectionOf(
  promise: Promise<unknown>,
): Promise<{ code?: string; message: string; debugInfo?: { errorLocation?: string; statement?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error("expected the promise to reject");
}
