/** What a company register publishes about the people behind a company: its officers, and the persons with significant control over it. */
/** A birth month and year: what the public registers show of a date of birth. */
export interface BirthMonth {
  month: number;
  year: number;
}

/** An officer in the register: a director, secretary, LLP member. */
export interface RegisterOfficer {
  name: string;
  /** As the register words it, e.g. "director", "corporate-director", "secretary", "llp-designated-member". */
  role: string;
  appointedOn?: string;
  resignedOn?: string;
  birth?: BirthMonth;
  /** As the register words it: "British", "French". */
  nationality?: string;
}

/** A person with significant control (UK PSC register) or its equivalent in another register. */
export interface RegisterController {
  kind: 'individual' | 'corporate' | 'legal_person' | 'protected';
  name: string;
  /** The given names and surname when the register keeps them apart (Companies House `name_elements`). */
  nameParts?: { forename?: string; middleName?: string; surname?: string };
  birth?: BirthMonth;
  nationality?: string;
  /** The register's own codes, e.g. "ownership-of-shares-25-to-50-percent", "right-to-appoint-and-remove-directors". */
  naturesOfControl: string[];
  notifiedOn?: string;
  ceasedOn?: string;
  /** A corporate controller's own registration, to follow it up the chain. */
  registration?: { number?: string; register?: string; country?: string; legalForm?: string };
}
