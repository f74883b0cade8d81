/** The slice of the STIX 2.1 object model this site produces (and its validator reads). */

export interface StixExternalReference {
  source_name: string;
  description?: string;
  url?: string;
  external_id?: string;
}

/** Any STIX object: the common properties plus whatever its type defines. */
export interface StixObject {
  type: string;
  id: string;
  spec_version?: string;
  created?: string;
  modified?: string;
  created_by_ref?: string;
  external_references?: StixExternalReference[];
  [property: string]: unknown;
}

export interface StixRelationship extends StixObject {
  type: 'relationship';
  relationship_type: string;
  source_ref: string;
  target_ref: string;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/**
 * STIX confidence for our three-step scale, from the None/Low/Med/High table of Appendix A,
 * which the spec says MUST be used for that mapping.
 */
export const STIX_CONFIDENCE = { low: 15, medium: 50, high: 85 } as const;
