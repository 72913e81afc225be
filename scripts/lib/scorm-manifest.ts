/**
 * `imsmanifest.xml` for the SCORM packages: one organisation with one item, one SCO that
 * launches the course's home page, and every file of the course listed as part of it. SCORM 1.2
 * carries the mastery score as `adlcp:masteryscore`; SCORM 2004 (4th edition) as the primary
 * objective's minimum normalised measure.
 */
import { escapeHtml } from '../../src/lib/content/html';

export type ScormVersion = '1.2' | '2004';

export interface ManifestInput {
	version: ScormVersion;
	title: string;
	/** 0..100. */
	masteryScore: number;
	/** Every file of the package but the manifest, with `/` separators, relative to the package root. */
	files: string[];
	/** The page the LMS opens. */
	launch: string;
}

// XML escapes what HTML escapes.
const escape = escapeHtml;

export function scormManifest({ version, title, masteryScore, files, launch }: ManifestInput): string {
	const fileList = files.map((file) => `      <file href="${escape(file)}"/>`).join('\n');
	if (version === '1.2') {
		return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="bamboe-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="bamboe">
    <organization identifier="bamboe">
      <title>${escape(title)}</title>
      <item identifier="item-bamboe" identifierref="sco-bamboe" isvisible="true">
        <title>${escape(title)}</title>
        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-bamboe" type="webcontent" adlcp:scormtype="sco" href="${escape(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
	}
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="bamboe-scorm2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="bamboe">
    <organization identifier="bamboe">
      <title>${escape(title)}</title>
      <item identifier="item-bamboe" identifierref="sco-bamboe" isvisible="true">
        <title>${escape(title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="bamboe-beheersing" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(masteryScore / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-bamboe" type="webcontent" adlcp:scormType="sco" href="${escape(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}
