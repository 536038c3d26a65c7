/**
 * The in-memory Excel, for the preview page: the package `@tassei/in-memory-excel`
 * (packages/in-memory-excel, its README says what it models). Tests import the package itself.
 */
export * from "@tassei/in-memory-excel";
