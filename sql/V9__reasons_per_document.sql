-- Canned reasons per document kind: until now every reason named the ID card, although a Trusted request also
-- has a face photo and a passbook, or a passport instead of the card. The review page offers a reason only
-- when the request has its document. document_kind NULL: the reason fits any request (a blurred photo, glare,
-- an altered document, and the reasons for lowering a tier). The same script runs on H2 and PostgreSQL.
ALTER TABLE review_reason ADD COLUMN document_kind VARCHAR(16);

-- These three speak of the card (cut-off card, "send the front of your Thai ID card", someone else's card).
UPDATE review_reason SET document_kind = 'ID_CARD_FRONT' WHERE code IN ('CROPPED', 'WRONG_DOCUMENT', 'NOT_OWN_CARD');

-- Ids from the shared sequence, as in V4. Positions leave room between the kinds: card 20-50, passport 22-52,
-- face 110-140, passbook 210-230.
INSERT INTO review_reason (id, code, applies_to, document_kind, text_en, text_th, active, position, version) VALUES
    (nextval('entity_seq'), 'PASSPORT_CROPPED', 'RESUBMIT', 'PASSPORT_PAGE',
     'Part of the passport page is cut off. Please send the whole photo page, including the two lines of letters and numbers at the bottom.',
     'ภาพหน้าหนังสือเดินทางถูกตัดบางส่วน กรุณาส่งภาพหน้าที่มีรูปถ่ายให้เห็นทั้งหน้า รวมทั้งตัวอักษรและตัวเลขสองบรรทัดด้านล่าง', TRUE, 22, 0),
    (nextval('entity_seq'), 'PASSPORT_WRONG_PAGE', 'RESUBMIT', 'PASSPORT_PAGE',
     'This is not the photo page of your passport. Please send the page with your photo and personal details.',
     'ภาพนี้ไม่ใช่หน้าที่มีรูปถ่ายในหนังสือเดินทาง กรุณาส่งภาพหน้าที่มีรูปถ่ายและข้อมูลส่วนตัวของคุณ', TRUE, 42, 0),
    (nextval('entity_seq'), 'NOT_OWN_PASSPORT', 'REJECT', 'PASSPORT_PAGE',
     'The passport does not belong to the account holder.',
     'หนังสือเดินทางนี้ไม่ใช่ของเจ้าของบัญชีผู้ใช้', TRUE, 52, 0),
    (nextval('entity_seq'), 'FACE_NOT_CLEAR', 'RESUBMIT', 'FACE',
     'Your face is not clearly visible. Please take a new photo looking straight at the camera, in good light, without sunglasses, a mask or a hat.',
     'มองเห็นใบหน้าของคุณไม่ชัด กรุณาถ่ายรูปใหม่โดยมองตรงไปที่กล้อง ในที่ที่มีแสงเพียงพอ และไม่สวมแว่นกันแดด หน้ากาก หรือหมวก', TRUE, 110, 0),
    (nextval('entity_seq'), 'FACE_NOT_LIVE', 'RESUBMIT', 'FACE',
     'This looks like a photo of a picture or of a screen. Please take a new photo of your own face.',
     'ภาพนี้ดูเหมือนถ่ายจากรูปถ่ายหรือจากหน้าจอ กรุณาถ่ายรูปใบหน้าของคุณเองใหม่', TRUE, 120, 0),
    (nextval('entity_seq'), 'FACE_NO_MATCH', 'RESUBMIT', 'FACE',
     'We could not match the face in your photo with the photo on your document. Please send a clear, recent photo of your face.',
     'เราเปรียบเทียบใบหน้าในรูปของคุณกับรูปบนเอกสารไม่ได้ กรุณาส่งรูปใบหน้าที่ชัดเจนและเป็นปัจจุบัน', TRUE, 130, 0),
    (nextval('entity_seq'), 'FACE_OTHER_PERSON', 'REJECT', 'FACE',
     'The face photo shows someone other than the person on the document.',
     'รูปใบหน้าเป็นของบุคคลอื่น ไม่ใช่บุคคลบนเอกสาร', TRUE, 140, 0),
    (nextval('entity_seq'), 'PASSBOOK_NAME_HIDDEN', 'RESUBMIT', 'PASSBOOK',
     'The account name on the passbook cannot be read. Please send the page that shows the account name and number.',
     'อ่านชื่อบัญชีในสมุดบัญชีไม่ได้ กรุณาส่งภาพหน้าที่แสดงชื่อบัญชีและเลขที่บัญชี', TRUE, 210, 0),
    (nextval('entity_seq'), 'PASSBOOK_NOT_OWN', 'RESUBMIT', 'PASSBOOK',
     'The passbook is not for an account in your own name alone (for example a joint, shop or company account). Please send the passbook of an account in your own name.',
     'สมุดบัญชีนี้ไม่ใช่บัญชีในชื่อของคุณคนเดียว (เช่น บัญชีร่วม บัญชีร้านค้า หรือบัญชีบริษัท) กรุณาส่งสมุดบัญชีของบัญชีที่เป็นชื่อของคุณเอง', TRUE, 220, 0),
    (nextval('entity_seq'), 'PASSBOOK_NAME_DIFFERS', 'RESUBMIT', 'PASSBOOK',
     'The account name on the passbook is not the name on your ID card or passport. Please send a passbook whose account name is your name exactly.',
     'ชื่อบัญชีในสมุดบัญชีไม่ตรงกับชื่อบนบัตรประชาชนหรือหนังสือเดินทางของคุณ กรุณาส่งสมุดบัญชีที่ชื่อบัญชีตรงกับชื่อของคุณทุกตัวอักษร', TRUE, 230, 0);
