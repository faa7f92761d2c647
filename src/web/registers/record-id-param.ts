/** The route parameter of a register record's page: `<register>/:recordId`. */
export const RECORD_ID_PARAM = 'recordId';
