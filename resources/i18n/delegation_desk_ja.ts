<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Agenda</name>
    <message>
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議事次第</translation>
    </message>
    <message>
        <source>Times are in the venue&apos;s zone: 10:30 on the event&apos;s day, or 2026-12-01 10:30.</source>
        <translation>時刻は会場の時間帯で入力します：当日なら 10:30、または 2026-12-01 10:30。</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>項目を追加(&amp;I)</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>議事項目を追加</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <source>Remove the chosen agenda items</source>
        <translation>選んだ議事項目を削除</translation>
    </message>
    <message>
        <source>(nobody listed)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Room and venue</source>
        <translation>部屋と会場</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>No clash</source>
        <extracomment>The role under which a row gives its event&apos;s id.</extracomment>
        <translation>重複なし</translation>
    </message>
    <message>
        <source>Agenda: the events of the days shown, in time order</source>
        <translation>一覧：表示中の日の行事を時刻順に表示</translation>
    </message>
</context>
<context>
    <name>Attendees</name>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Number of attendees</source>
        <translation>出席者数</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>外す(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the chosen attendees</source>
        <translation>選んだ出席者を外す</translation>
    </message>
    <message>
        <source>By &amp;precedence</source>
        <translation>席次順(&amp;P)</translation>
    </message>
    <message>
        <source>List the attendees in order of precedence</source>
        <translation>出席者を席次の順に並べる</translation>
    </message>
    <message>
        <source>%n attendee(s)</source>
        <translation>出席者 %n 名</translation>
    </message>
    <message>
        <source>, {n} declined</source>
        <translation>、欠席 {n} 名</translation>
    </message>
    <message>
        <source>No attendees yet: find people on the left and press Enter.</source>
        <translation>出席者はまだいません。左で人を検索して Enter を押してください。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Copy the database to a file, consistently, while it is open</source>
        <translation>開いたままのデータベースを、一貫した状態でファイルに複製します</translation>
    </message>
    <message>
        <source>Restor&amp;e from a snapshot…</source>
        <translation>スナップショットから復元(&amp;E)…</translation>
    </message>
    <message>
        <source>Put back a snapshot kept before an import, an upgrade or a restore</source>
        <translation>取り込み・更新・復元の前に保存したスナップショットに戻します</translation>
    </message>
    <message>
        <source>This database lives in memory only.</source>
        <translation>このデータベースはメモリ上にしかありません。</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>データベース (*.db)</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>バックアップ完了</translation>
    </message>
    <message>
        <source>The database was copied to %1 (readable by you only).</source>
        <translation>データベースを %1 に複製しました（あなただけが読めます）。</translation>
    </message>
    <message>
        <source>No snapshots</source>
        <translation>スナップショットなし</translation>
    </message>
    <message>
        <source>There are no snapshots of this database yet. One is kept automatically before every import, upgrade or restore.</source>
        <translation>このデータベースのスナップショットはまだありません。取り込み・更新・復元の前に自動で保存されます。</translation>
    </message>
    <message>
        <source>Restore from a snapshot</source>
        <translation>スナップショットから復元</translation>
    </message>
    <message>
        <source>A snapshot is kept automatically before every import, upgrade, restore or applied schedule. Restoring one replaces the programme as it is now; the programme as it is now is kept as a snapshot first.</source>
        <translation>スナップショットは、取り込み・更新・復元・日程案の適用の前に自動で保存されます。復元すると現在の日程表が置き換わります。現在の日程表は先にスナップショットとして保存されます。</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Clashes</name>
    <message>
        <source>Number of clashes</source>
        <extracomment>A check slower than this (seconds) moves the next ones off the GUI thread. With more events than this, clashes are checked off the GUI thread from the start. The clash list&apos;s least height (pixels): room for a row or two in a low dock. Checks on their way, kept alive here (not by a panel that may close meanwhile).</extracomment>
        <translation>重複の数</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What clashes</source>
        <translation>重複の内容</translation>
    </message>
    <message>
        <source>Clashes cannot be checked: {reason}</source>
        <translation>重複を確認できません：{reason}</translation>
    </message>
    <message>
        <source>Checking for clashes…</source>
        <translation>重複を確認中…</translation>
    </message>
    <message>
        <source>No clashes: nobody and no room is booked twice.</source>
        <translation>重複はありません。二重に予約された人も部屋もありません。</translation>
    </message>
    <message>
        <source>%n clash(es)</source>
        <translation>重複 %n 件</translation>
    </message>
    <message>
        <source>double-click one to open its event.</source>
        <translation>ダブルクリックで行事を開きます。</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <source>Speaker note</source>
        <translation>発言者メモ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>日本語表記</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>出発</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出発地</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車両</translation>
    </message>
    <message>
        <source>Driver contact</source>
        <translation>運転手連絡先</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>本拠地の時間帯</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>団長</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>団員</translation>
    </message>
    <message>
        <source>When (venue time)</source>
        <translation>日時（会場時間）</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>出席者</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>{names} are booked in “{a}” ({a_when}) and “{b}” ({b_when}).</source>
        <extracomment>Every template of the core&apos;s messages (the English text is the key).</extracomment>
        <translation>{names}は「{a}」（{a_when}）と「{b}」（{b_when}）に重複して予定されています。</translation>
    </message>
    <message>
        <source>{names} is booked in “{a}” ({a_when}) and “{b}” ({b_when}).</source>
        <translation>{names}は「{a}」（{a_when}）と「{b}」（{b_when}）に重複して予定されています。</translation>
    </message>
    <message>
        <source>{names} have {gap} to get from “{a}” at {a_venue} (ends {a_end}) to “{b}” at {b_venue} (starts {b_start}); the journey takes about {needed}.</source>
        <translation>{names}は{a_venue}の「{a}」（{a_end}終了）から{b_venue}の「{b}」（{b_start}開始）への移動に{gap}しかありません。移動には約{needed}かかります。</translation>
    </message>
    <message>
        <source>{names} has {gap} to get from “{a}” at {a_venue} (ends {a_end}) to “{b}” at {b_venue} (starts {b_start}); the journey takes about {needed}.</source>
        <translation>{names}は{a_venue}の「{a}」（{a_end}終了）から{b_venue}の「{b}」（{b_start}開始）への移動に{gap}しかありません。移動には約{needed}かかります。</translation>
    </message>
    <message>
        <source>Room “{room}” at {venue}</source>
        <translation>{venue}の部屋「{room}」</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>部屋 {room}</translation>
    </message>
    <message>
        <source>{where} is booked twice: “{a}” ({a_when}) and “{b}” ({b_when}).</source>
        <translation>{where}が二重に予約されています：「{a}」（{a_when}）と「{b}」（{b_when}）。</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>0分</translation>
    </message>
    <message>
        <source>room “{room}” at {venue}</source>
        <translation>{venue}の部屋「{room}」</translation>
    </message>
    <message>
        <source>“{title}” ({when}) expects {headcount} people but {where} holds {limit}.</source>
        <translation>「{title}」（{when}）には{headcount}名の参加が見込まれていますが、{where}の定員は{limit}名です。</translation>
    </message>
    <message>
        <source>Person {id}</source>
        <translation>人物 {id}</translation>
    </message>
    <message>
        <source>Cannot save:</source>
        <translation>保存できません:</translation>
    </message>
    <message>
        <source>{what} cannot be saved:</source>
        <translation>{what}を保存できません:</translation>
    </message>
    <message>
        <source>{origin} → {destination} ({when})</source>
        <translation>{origin} → {destination}（{when}）</translation>
    </message>
    <message>
        <source>{leg} for “{title}”</source>
        <translation>「{title}」の{leg}</translation>
    </message>
    <message>
        <source>person {id}</source>
        <translation>人物 {id}</translation>
    </message>
    <message>
        <source>{vehicle} on {where} carries {count} passengers for {seats} seats.</source>
        <translation>{where}の{vehicle}は座席{seats}席に対して乗客が{count}名です。</translation>
    </message>
    <message>
        <source>{who} is in {count} vehicles on {where}: {vehicles}.</source>
        <translation>{who}は{where}で{count}台の車両に割り当てられています：{vehicles}。</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>この人物</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>行事</translation>
    </message>
    <message>
        <source>Some members no longer exist.</source>
        <translation>団員の一部がすでに存在しません。</translation>
    </message>
    <message>
        <source>{count} of the people named no longer exist.</source>
        <translation>指定された人物のうち{count}名がすでに存在しません。</translation>
    </message>
    <message>
        <source>The time zone cannot change while events are planned here; move the events to another venue first.</source>
        <translation>この会場で行事が予定されている間は時間帯を変更できません。先に行事を別の会場へ移してください。</translation>
    </message>
    <message>
        <source>A travel time cannot be negative.</source>
        <translation>移動時間を負の値にすることはできません。</translation>
    </message>
    <message>
        <source>The chosen organisation no longer exists.</source>
        <translation>選択した組織はすでに存在しません。</translation>
    </message>
    <message>
        <source>The chosen venue no longer exists.</source>
        <translation>選択した会場はすでに存在しません。</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Room {room!r} cannot be removed: {count} event(s) use it.</source>
        <translation>部屋「{room}」は{count}件の行事で使われているため削除できません。</translation>
    </message>
    <message>
        <source>Unknown time zone {zone!r}.</source>
        <translation>不明な時間帯「{zone}」です。</translation>
    </message>
    <message>
        <source>Unknown time zone {zone!r} — abbreviations are ambiguous (IST is India, Ireland and Israel); use a name such as Asia/Kolkata or Asia/Tokyo.</source>
        <translation>不明な時間帯「{zone}」です。略称は曖昧です（IST はインド、アイルランド、イスラエルのいずれも指します）。Asia/Kolkata や Asia/Tokyo のような名前を使ってください。</translation>
    </message>
    <message>
        <source>{label} ({date}) is outside the years {first}–{last}; check the year.</source>
        <translation>{label}（{date}）が{first}〜{last}年の範囲外です。年を確認してください。</translation>
    </message>
    <message>
        <source>Agenda item {title!r}</source>
        <translation>議事項目「{title}」</translation>
    </message>
    <message>
        <source>Transport leg {route}</source>
        <translation>移動区間 {route}</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>The delegation&apos;s name</source>
        <translation>代表団名</translation>
    </message>
    <message>
        <source>The venue&apos;s name</source>
        <translation>会場名</translation>
    </message>
    <message>
        <source>{label} ends before it starts.</source>
        <translation>{label}の終了が開始より前になっています。</translation>
    </message>
    <message>
        <source>{place} holds 1 person but {headcount} are expected.</source>
        <translation>{place}の定員は1名ですが、{headcount}名が見込まれています。</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>{label} ends ({end}) before it starts ({start}).</source>
        <translation>{label}の終了（{end}）が開始（{start}）より前になっています。</translation>
    </message>
    <message>
        <source>{place} holds {capacity} people but 1 is expected.</source>
        <translation>{place}の定員は{capacity}名ですが、1名が見込まれています。</translation>
    </message>
    <message>
        <source>{place} holds {capacity} people but {headcount} are expected.</source>
        <translation>{place}の定員は{capacity}名ですが、{headcount}名が見込まれています。</translation>
    </message>
    <message>
        <source>{label} is missing.</source>
        <translation>{label}が入力されていません。</translation>
    </message>
    <message>
        <source>{label} contains a line break; it must fit on one line.</source>
        <translation>{label}に改行が含まれています。1行で入力してください。</translation>
    </message>
    <message>
        <source>{label} contains control characters.</source>
        <translation>{label}に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>{label} is longer than {limit} characters.</source>
        <translation>{label}が{limit}文字を超えています。</translation>
    </message>
    <message>
        <source>Country {country!r} is not a two-letter country code such as JP or IN.</source>
        <translation>国「{country}」は JP や IN のような2文字の国コードではありません。</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>The name in Japanese script</source>
        <translation>日本語表記の氏名</translation>
    </message>
    <message>
        <source>The honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>The E-mail address contains a line break; give one address.</source>
        <translation>メールアドレスに改行が含まれています。アドレスは1つだけ入力してください。</translation>
    </message>
    <message>
        <source>Nationality {nationality!r} is not a two-letter country code such as JP.</source>
        <translation>国籍「{nationality}」は JP のような2文字の国コードではありません。</translation>
    </message>
    <message>
        <source>A person is listed twice among the members.</source>
        <translation>同じ人物が団員に2回含まれています。</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>緯度と経度は両方入力するか、どちらも空にしてください。</translation>
    </message>
    <message>
        <source>Latitude {value} is not between -90 and 90.</source>
        <translation>緯度 {value} が -90〜90 の範囲外です。</translation>
    </message>
    <message>
        <source>Longitude {value} is not between -180 and 180.</source>
        <translation>経度 {value} が -180〜180 の範囲外です。</translation>
    </message>
    <message>
        <source>The venue&apos;s capacity must be a positive number.</source>
        <translation>会場の定員は正の数にしてください。</translation>
    </message>
    <message>
        <source>A person is listed twice among the attendees.</source>
        <translation>同じ人物が出席者に2回含まれています。</translation>
    </message>
    <message>
        <source>An agenda item</source>
        <translation>議事項目</translation>
    </message>
    <message>
        <source>A new event cannot start out cancelled.</source>
        <translation>新しい行事を中止の状態で作成することはできません。</translation>
    </message>
    <message>
        <source>E-mail address {email!r} is not valid (like name@example.org).</source>
        <translation>メールアドレス「{email}」が正しくありません（例: name@example.org）。</translation>
    </message>
    <message>
        <source>A room has no name.</source>
        <translation>名前のない部屋があります。</translation>
    </message>
    <message>
        <source>Room {room!r} must have a positive capacity.</source>
        <translation>部屋「{room}」の定員は正の数にしてください。</translation>
    </message>
    <message>
        <source>Room {room!r} holds {capacity}, more than the venue&apos;s {limit}.</source>
        <translation>部屋「{room}」の定員 {capacity} が会場の定員 {limit} を超えています。</translation>
    </message>
    <message>
        <source>The chosen room is not at {venue}.</source>
        <translation>選択した部屋は{venue}にありません。</translation>
    </message>
    <message>
        <source>A room was chosen but no venue.</source>
        <translation>部屋が選択されていますが、会場が選択されていません。</translation>
    </message>
    <message>
        <source>An agenda item has no title.</source>
        <translation>件名のない議事項目があります。</translation>
    </message>
    <message>
        <source>{label}: start and destination must fit on one line.</source>
        <translation>{label}：出発地と目的地は1行で入力してください。</translation>
    </message>
    <message>
        <source>{label} needs both a start and a destination.</source>
        <translation>{label}には出発地と目的地の両方が必要です。</translation>
    </message>
    <message>
        <source>{label} arrives before it departs.</source>
        <translation>{label}の到着が出発より前になっています。</translation>
    </message>
    <message>
        <source>Room {room!r} contains a line break; it must fit on one line.</source>
        <translation>部屋「{room}」の名前に改行が含まれています。1行で入力してください。</translation>
    </message>
    <message>
        <source>Room {room!r}</source>
        <translation>部屋「{room}」</translation>
    </message>
    <message>
        <source>{label} contains a line break in its title; it must fit on one line.</source>
        <translation>{label}の件名に改行が含まれています。1行で入力してください。</translation>
    </message>
    <message>
        <source>{label} lies outside the event&apos;s time.</source>
        <translation>{label}が行事の時間外にあります。</translation>
    </message>
    <message>
        <source>Room {room!r} is listed more than once.</source>
        <translation>部屋「{room}」が複数回登録されています。</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>Delete the delegation?</source>
        <translation>代表団を削除しますか？</translation>
    </message>
    <message>
        <source>Delete the delegation “{name}” (%n member(s))?</source>
        <translation>代表団「{name}」（団員 %n 名）を削除しますか？</translation>
    </message>
    <message>
        <source>Its members stay in People. Ctrl+Z brings the delegation back.</source>
        <translation>団員は人物に残ります。Ctrl+Z で代表団を元に戻せます。</translation>
    </message>
    <message>
        <source>Delete the event?</source>
        <translation>行事を削除しますか？</translation>
    </message>
    <message>
        <source>Delete “{title}” and its %n attendee(s)?</source>
        <translation>「{title}」と出席者 %n 名を削除しますか？</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>「{title}」を削除しますか？</translation>
    </message>
    <message>
        <source>its agenda</source>
        <translation>議事次第</translation>
    </message>
    <message>
        <source>its transport legs</source>
        <translation>移動区間</translation>
    </message>
    <message>
        <source>Ctrl+Z brings it back.</source>
        <translation>Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>This also removes {what}.</source>
        <translation>{what}も削除されます。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>残す(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>（会場なし）</translation>
    </message>
    <message>
        <source>(whole venue)</source>
        <translation>（会場全体）</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主催者</translation>
    </message>
    <message>
        <source>Host organisations</source>
        <translation>主催団体</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>件名(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>C&amp;lassification:</source>
        <translation>区分(&amp;L):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状態(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>会場(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>部屋(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>終了(&amp;E):</translation>
    </message>
    <message>
        <source>Organ&amp;iser:</source>
        <translation>主催者(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>主催団体(&amp;H):</translation>
    </message>
    <message>
        <source>O&amp;bjectives:</source>
        <translation>目的(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>{room} (seats {n})</source>
        <translation>{room}（{n} 席）</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Pick the date and time from a calendar</source>
        <translation>カレンダーから日付と時刻を選択</translation>
    </message>
    <message>
        <source>Pick the date and time</source>
        <translation>日付と時刻を選択</translation>
    </message>
    <message>
        <source>like {example} or 14:30</source>
        <translation>{example} または 14:30 の形式で</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose: {what}</source>
        <translation>選択：{what}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear: {what}</source>
        <translation>クリア：{what}</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日付と時刻</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>時刻:</translation>
    </message>
</context>
<context>
    <name>Empty</name>
    <message>
        <source>No events yet. Click Add… to create one, or double-click a time on the Programme.</source>
        <translation>まだ行事がありません。「追加…」で作成するか、日程の時刻をダブルクリックしてください。</translation>
    </message>
    <message>
        <source>No people yet. Click Add…, drop a CSV file here, or use File ▸ Import people from CSV.</source>
        <translation>まだ人物がいません。「追加…」をクリックするか、ここに CSV ファイルをドロップするか、ファイル ▸ CSV から人物を取り込む を使ってください。</translation>
    </message>
    <message>
        <source>No organisations yet. Click Add… to create one, then choose it for people.</source>
        <translation>まだ組織がありません。「追加…」で作成し、人物の所属として選んでください。</translation>
    </message>
    <message>
        <source>No venues yet. Click Add… to create one with its rooms.</source>
        <translation>まだ会場がありません。「追加…」で会場と部屋を作成してください。</translation>
    </message>
    <message>
        <source>No delegations yet. Click Add… to create one and choose its members.</source>
        <translation>まだ代表団がありません。「追加…」で作成し、団員を選んでください。</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”. Press Esc in the filter box to see every row again.</source>
        <translation>「{text}」に一致するものはありません。絞り込み欄で Esc を押すとすべての行が再表示されます。</translation>
    </message>
    <message>
        <source>The programme has no events yet. Double-click a time to add the first one, or use Edit ▸ Add….</source>
        <translation>日程にまだ行事がありません。時刻をダブルクリックして最初の行事を追加するか、編集 ▸ 追加… を使ってください。</translation>
    </message>
    <message>
        <source>No events on the days shown. Double-click a time to add one, or choose View ▸ Whole programme (Ctrl+Shift+G) to see the days that have events.</source>
        <translation>表示中の日には行事がありません。時刻をダブルクリックして追加するか、表示 ▸ 日程全体 (Ctrl+Shift+G) で行事のある日を表示してください。</translation>
    </message>
    <message>
        <source>No transport legs yet. Click Add leg to plan how the party travels (times in the venue&apos;s zone), then tick its passengers.</source>
        <translation>まだ移動区間がありません。「区間を追加」で一行の移動を計画し（時刻は会場の時間帯）、乗客にチェックを入れてください。</translation>
    </message>
    <message>
        <source>No meeting requests yet. Import them with Plan ▸ Import requests from CSV…; Plan ▸ Schedule meetings… then proposes their times and rooms.</source>
        <translation>まだ面談希望がありません。計画 ▸ CSV から面談希望を取り込む… で取り込むと、計画 ▸ 面談を組む… が日時と部屋を提案します。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Event sections</source>
        <translation>行事の項目</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>出席者(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>議事次第(&amp;G)</translation>
    </message>
    <message>
        <source>L&amp;ogistics</source>
        <translation>移動・手配(&amp;O)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題点</translation>
    </message>
    <message>
        <source>Save the event</source>
        <translation>行事を保存</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>「{title}」を編集</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新しい行事</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…ほか {n} 件。</translation>
    </message>
    <message>
        <source>Cannot save yet:</source>
        <translation>まだ保存できません：</translation>
    </message>
    <message>
        <source>&amp;Attendees ({n})</source>
        <translation>出席者 {n} 名(&amp;A)</translation>
    </message>
    <message>
        <source>Discard your changes to “{title}”?</source>
        <translation>「{title}」への変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Discard the new event?</source>
        <translation>新しい行事を破棄しますか？</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <source>They have not been saved.</source>
        <translation>変更はまだ保存されていません。</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>The event was not saved</source>
        <translation>行事は保存されませんでした</translation>
    </message>
    <message>
        <source>The event cannot be opened</source>
        <translation>行事を開けません</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>``build(programme, log, progress, cancel) -&gt; ExportResult``, run on the worker thread.</extracomment>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダーファイル (*.ics)</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>The work stopped unexpectedly: {error}</source>
        <translation>処理が予期せず停止しました: {error}</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Closed-door meeting</source>
        <extracomment>One colour per kind of event, readable with dark text on its light tint.</extracomment>
        <translation>非公開会合</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>二者会談</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>視察</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>レセプション</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Colours: {kinds}. A padlock and hatched edge mark confidential events; cancelled events are faded and struck through; dashed outlines are tentative; a warning triangle marks an event that clashes.</source>
        <translation>色：{kinds}。錠前と斜線の縁は機密の行事、薄く取り消し線のあるものは中止、破線の枠は仮、警告の三角は重複のある行事を示します。</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>Restricted (R)</source>
        <translation>取扱注意 (R)</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>仮</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>重複</translation>
    </message>
</context>
<context>
    <name>Logistics</name>
    <message>
        <source>Meeting point</source>
        <translation>集合場所</translation>
    </message>
    <message>
        <source>e.g. Hotel lobby, north entrance</source>
        <translation>例：ホテルのロビー、北口</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>安全上の注意</translation>
    </message>
    <message>
        <source>Protective equipment, rules on site…</source>
        <translation>保護具、現地の規則…</translation>
    </message>
    <message>
        <source>Host contact</source>
        <translation>受入先の連絡担当</translation>
    </message>
    <message>
        <source>&amp;Meeting point:</source>
        <translation>集合場所(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Safety notes:</source>
        <translation>安全上の注意(&amp;S):</translation>
    </message>
    <message>
        <source>Host &amp;contact:</source>
        <translation>受入先の連絡担当(&amp;C):</translation>
    </message>
    <message>
        <source>Transport legs</source>
        <translation>移動区間</translation>
    </message>
    <message>
        <source>Passengers of the chosen leg</source>
        <translation>選んだ区間の乗客</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>乗客</translation>
    </message>
    <message>
        <source>Add &amp;leg</source>
        <translation>区間を追加(&amp;L)</translation>
    </message>
    <message>
        <source>Add a transport leg</source>
        <translation>移動区間を追加</translation>
    </message>
    <message>
        <source>Remove leg</source>
        <translation>区間を削除</translation>
    </message>
    <message>
        <source>Remove the chosen transport leg</source>
        <translation>選んだ移動区間を削除</translation>
    </message>
    <message>
        <source>All attendees</source>
        <translation>出席者全員</translation>
    </message>
    <message>
        <source>Put every attendee on the chosen leg</source>
        <translation>出席者全員を選んだ区間に乗せる</translation>
    </message>
    <message>
        <source>Transport legs (times in the venue&apos;s zone):</source>
        <translation>移動区間（時刻は会場の時間帯）：</translation>
    </message>
    <message>
        <source>Passengers ({n})</source>
        <translation>乗客（{n} 名）</translation>
    </message>
    <message>
        <source>Passengers (choose a leg)</source>
        <translation>乗客（区間を選んでください）</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>&amp;Send invites by e-mail…</source>
        <translation>招待状をメールで送る(&amp;S)…</translation>
    </message>
    <message>
        <source>E-mail invitations for the chosen event (or every event), one per recipient</source>
        <translation>選んだ行事（またはすべての行事）の招待状を受信者ごとにメールで送る</translation>
    </message>
    <message>
        <source>Send &amp;updates by e-mail…</source>
        <translation>変更をメールで送る(&amp;U)…</translation>
    </message>
    <message>
        <source>E-mail each person affected one message with everything that changed</source>
        <translation>影響を受ける人それぞれに、変更点をまとめた1通のメールを送る</translation>
    </message>
    <message>
        <source>&amp;Publish calendars…</source>
        <translation>カレンダーを公開(&amp;P)…</translation>
    </message>
    <message>
        <source>Bring a calendar on a CalDAV server up to date with the programme</source>
        <translation>CalDAV サーバーのカレンダーを日程に合わせて更新する</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>設定(&amp;N)…</translation>
    </message>
    <message>
        <source>Mail server, calendar server and other settings</source>
        <translation>メールサーバー、カレンダーサーバーなどの設定</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking for clashes…</source>
        <extracomment>The record pages (every page but the programme), built on first visit. Once, after the window&apos;s first paint has been delivered. The interface language changed (Preferences): the window is rebuilt in it.</extracomment>
        <translation>重複を確認中…</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>重複なし</translation>
    </message>
    <message>
        <source>%n clash(es)</source>
        <translation>重複 %n 件</translation>
    </message>
    <message>
        <source>Open View ▸ Clash panel to see them</source>
        <translation>表示 ▸ 重複パネル で確認できます</translation>
    </message>
    <message>
        <source>Saved: {edit} (Ctrl+Z undoes it)</source>
        <translation>保存しました：{edit}（Ctrl+Z で元に戻せます）</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Second time zone</source>
        <translation>第二の時間帯</translation>
    </message>
    <message>
        <source>Show times also in:</source>
        <translation>次の時間帯でも表示：</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>{path} already exists. Use File ▸ Open to open it.</source>
        <translation>{path} は既にあります。ファイル ▸ 開く で開いてください。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Delegation Desk databases (*.db *.sqlite);;All files (*)</source>
        <translation>Delegation Desk データベース (*.db *.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import people from CSV</source>
        <translation>CSV から人物を取り込む</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>取扱注意</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Programme</source>
        <extracomment>Navigation: (key, label); each page&apos;s icon has the key&apos;s name (see ui.icons). Labels are English; shown through ``tr(&quot;Pages&quot;, label)``.</extracomment>
        <translation>日程</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>行事</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表団</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>Already attending</source>
        <extracomment>At most this many matches are listed; typing more narrows them down. A search slower than this (seconds) waits for a pause in typing from then on.</extracomment>
        <translation>出席済み</translation>
    </message>
    <message>
        <source>Name (Latin or 日本語), organisation or e-mail</source>
        <translation>氏名（ローマ字または日本語）、所属、メール</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>人物を検索</translation>
    </message>
    <message>
        <source>Matching people</source>
        <translation>該当する人物</translation>
    </message>
    <message>
        <source>Number of matches</source>
        <translation>該当数</translation>
    </message>
    <message>
        <source>Add &amp;selected</source>
        <translation>選んだ人を追加(&amp;S)</translation>
    </message>
    <message>
        <source>Add the chosen people</source>
        <translation>選んだ人を追加</translation>
    </message>
    <message>
        <source>Organisation to add</source>
        <translation>追加する団体</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>団体ごと追加</translation>
    </message>
    <message>
        <source>Add everyone from the organisation</source>
        <translation>団体の全員を追加</translation>
    </message>
    <message>
        <source>Delegation to add</source>
        <translation>追加する代表団</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>代表団ごと追加</translation>
    </message>
    <message>
        <source>Add the whole delegation</source>
        <translation>代表団全員を追加</translation>
    </message>
    <message>
        <source>Nobody matches.</source>
        <translation>該当者はいません。</translation>
    </message>
    <message>
        <source>The first {n} matches; type more to narrow down.</source>
        <translation>最初の {n} 件を表示中。さらに入力して絞り込んでください。</translation>
    </message>
    <message>
        <source>%n match(es).</source>
        <translation>%n 件該当。</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>選択(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>P&amp;lan</source>
        <translation>計画(&amp;L)</translation>
    </message>
    <message>
        <source>Meeting &amp;requests</source>
        <translation>面談希望(&amp;R)</translation>
    </message>
    <message>
        <source>See, filter and edit the meeting requests and availability</source>
        <translation>面談希望と都合を確認・絞り込み・編集する</translation>
    </message>
    <message>
        <source>&amp;Schedule meetings…</source>
        <translation>面談を組む(&amp;S)…</translation>
    </message>
    <message>
        <source>Propose times, rooms and interpreters for the meeting requests</source>
        <translation>面談希望に時刻・部屋・通訳を割り当てる案を作る</translation>
    </message>
    <message>
        <source>&amp;Import requests from CSV…</source>
        <translation>CSV から面談希望を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;meeting requests from CSV…</source>
        <translation>CSV から面談希望を取り込む(&amp;M)…</translation>
    </message>
    <message>
        <source>Import meeting requests from a CSV file (all rows or none)</source>
        <translation>CSV ファイルから面談希望を取り込む（全行か、なしか）</translation>
    </message>
    <message>
        <source>Locked (the scheduler never moves it)</source>
        <translation>固定（自動計画で動かさない）</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Mail</source>
        <extracomment>(title, factory) of every tab, in order; append to add one.</extracomment>
        <translation>メール(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>カレンダー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>システムに合わせる（{language}）</translation>
    </message>
    <message>
        <source>Menus, dialogs, messages and dates. Names follow the language: family name first in Japanese.</source>
        <translation>メニュー、ダイアログ、メッセージ、日付の言語です。氏名の順序も言語に従い、日本語では姓が先になります。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Confidential meeting</source>
        <extracomment>Where the window keeps the switch. The label shown instead of a title, by classification (public titles always show).</extracomment>
        <translation>機密の会合</translation>
    </message>
    <message>
        <source>Restricted meeting</source>
        <translation>取扱注意の会合</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Programme timeline area</source>
        <extracomment>The programme range shows at most this many days with events.</extracomment>
        <translation>日程表の領域</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前日</translation>
    </message>
    <message>
        <source>Previous day or week (Alt+Left)</source>
        <translation>前の日または週 (Alt+←)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>翌日</translation>
    </message>
    <message>
        <source>Next day or week (Alt+Right)</source>
        <translation>次の日または週 (Alt+→)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>表示中の日</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Show the days that have events</source>
        <translation>行事のある日を表示</translation>
    </message>
    <message>
        <source>Only the days that have events, side by side (Ctrl+Shift+G)</source>
        <translation>行事のある日だけを並べて表示 (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>1日を表示</translation>
    </message>
    <message>
        <source>Show the week</source>
        <translation>週を表示</translation>
    </message>
    <message>
        <source>Show the whole week (View ▸ Week, Ctrl+Shift+W)</source>
        <translation>週全体を表示（表示 ▸ 週、Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>Show one day (View ▸ Week, Ctrl+Shift+W)</source>
        <translation>1日を表示（表示 ▸ 週、Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>Show the events as a list</source>
        <translation>行事を一覧で表示</translation>
    </message>
    <message>
        <source>A compact list of the events shown: time, title, room, attendees, clashes (View ▸ Agenda, Ctrl+Shift+L)</source>
        <translation>表示中の行事の簡潔な一覧：時刻、件名、部屋、出席者数、重複（表示 ▸ 一覧、Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>Second time zone</source>
        <translation>第二の時間帯</translation>
    </message>
    <message>
        <source>The time zone shown on the second ruler</source>
        <translation>2本目の時刻目盛りの時間帯</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>表示中の行事</translation>
    </message>
    <message>
        <source>Second zone:</source>
        <translation>第二の時間帯:</translation>
    </message>
    <message>
        <source>No events on these days: double-click a time to add one</source>
        <translation>この日に行事はありません。時刻をダブルクリックして追加できます</translation>
    </message>
    <message>
        <source>%n event(s)</source>
        <translation>行事 %n 件</translation>
    </message>
    <message>
        <source>, {n} cancelled</source>
        <translation>、中止 {n} 件</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>前の週</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>次の週</translation>
    </message>
    <message>
        <source>Move “{title}” to {when}</source>
        <translation>「{title}」を {when} に移動</translation>
    </message>
    <message>
        <source>Cannot move the event</source>
        <translation>行事を移動できません</translation>
    </message>
    <message>
        <source>Cancel “{title}”</source>
        <translation>「{title}」を中止</translation>
    </message>
    <message>
        <source>Cannot cancel the event</source>
        <translation>行事を中止できません</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>行事を中止</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Export invites…</source>
        <translation>招待状を書き出す…</translation>
    </message>
    <message>
        <source>Export invites, one per attendee…</source>
        <translation>招待状を出席者ごとに書き出す…</translation>
    </message>
    <message>
        <source>Briefing pack…</source>
        <translation>ブリーフィング資料…</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>&amp;Protocol</source>
        <translation>儀典(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Check-in desk…</source>
        <translation>受付(&amp;C)…</translation>
    </message>
    <message>
        <source>Check people in at an event: scan badges or type names</source>
        <translation>行事の受付：バッジを読み取るか氏名を入力</translation>
    </message>
    <message>
        <source>&amp;Seating plan…</source>
        <translation>席次表(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit the chosen event&apos;s seating plan: drag names between seats</source>
        <translation>選んだ行事の席次表を編集：氏名を席から席へドラッグ</translation>
    </message>
    <message>
        <source>&amp;Vehicles…</source>
        <translation>車両(&amp;V)…</translation>
    </message>
    <message>
        <source>Vehicles of the chosen event&apos;s transport legs, passengers by precedence</source>
        <translation>選んだ行事の移動区間の車両と、席次順の乗客</translation>
    </message>
    <message>
        <source>&amp;Order of precedence…</source>
        <translation>席次(&amp;O)…</translation>
    </message>
    <message>
        <source>Edit each delegation&apos;s rank table and see who comes first</source>
        <translation>代表団ごとの序列表を編集し、誰が先かを確認する</translation>
    </message>
    <message>
        <source>Print seating &amp;plan…</source>
        <translation>席次表を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the chosen event&apos;s seating plan (PDF), drawn to scale with the seat list</source>
        <translation>選んだ行事の席次表 (PDF) を縮尺どおりに座席一覧とともに印刷</translation>
    </message>
    <message>
        <source>Print &amp;name cards…</source>
        <translation>名札を印刷(&amp;N)…</translation>
    </message>
    <message>
        <source>Print folded name cards for every seat: A4 cut in two, both faces, both scripts</source>
        <translation>全席の二つ折り名札を印刷：A4 を半分に、両面、両方の表記</translation>
    </message>
    <message>
        <source>Print &amp;badges (90 × 60 mm)…</source>
        <translation>バッジを印刷 (90 × 60 mm)(&amp;B)…</translation>
    </message>
    <message>
        <source>Print badge inserts, 8 per A4 page, each with a QR code holding an opaque token</source>
        <translation>バッジ用紙を A4 1枚に8枚印刷。各バッジに識別用トークンの QR コード</translation>
    </message>
    <message>
        <source>Print vehicle &amp;manifest…</source>
        <translation>乗車名簿を印刷(&amp;M)…</translation>
    </message>
    <message>
        <source>Print the manifest of each transport leg: meeting point, vehicles, passengers</source>
        <translation>移動区間ごとの乗車名簿を印刷：集合場所、車両、乗客</translation>
    </message>
    <message>
        <source>Export &amp;attendance (CSV)…</source>
        <translation>出欠を書き出す (CSV)(&amp;A)…</translation>
    </message>
    <message>
        <source>Write who was expected at the chosen event and who arrived when (CSV)</source>
        <translation>選んだ行事の出席予定者と到着時刻を書き出す (CSV)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>There is no organisation “{typed}”: did you mean {names}?</source>
        <extracomment>Nationalities written in words, as the CSV import accepts them (&quot;India&quot; is IN).</extracomment>
        <translation>団体「{typed}」はありません。{names} のことですか？</translation>
    </message>
    <message>
        <source>There is no organisation “{typed}”: add it on the Organisations page first, or leave the box empty.</source>
        <translation>団体「{typed}」はありません。先に団体のページで追加するか、空欄にしてください。</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <source>Import replies</source>
        <extracomment>Report lines shown in the dialog itself; all of them are under &quot;Show Details&quot;.</extracomment>
        <translation>出欠回答の取り込み</translation>
    </message>
    <message>
        <source>Calendar replies (*.ics);;All files (*)</source>
        <translation>カレンダーの回答 (*.ics);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;Programme</source>
        <extracomment>View menu entries, with letters that do not clash (People&apos;s P is Programme&apos;s).</extracomment>
        <translation>日程(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>行事(&amp;E)</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>人物(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>団体(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Venues</source>
        <translation>会場(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>代表団(&amp;D)</translation>
    </message>
    <message>
        <source>The programme timeline is not available in this build.</source>
        <translation>このビルドでは日程表を使えません。</translation>
    </message>
    <message>
        <source>The clash list is not available in this build.</source>
        <translation>このビルドでは重複一覧を使えません。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new, empty database</source>
        <translation>空のデータベースを新しく作る</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>別のデータベースを開く</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open {path}</source>
        <translation>{path} を開く</translation>
    </message>
    <message>
        <source>&amp;Import people from CSV…</source>
        <translation>CSV から人物を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Preview and import people from a CSV file</source>
        <translation>CSV ファイルの人物を確認して取り込む</translation>
    </message>
    <message>
        <source>Import replie&amp;s…</source>
        <translation>回答を取り込む(&amp;S)…</translation>
    </message>
    <message>
        <source>Record attendees&apos; answers from reply files (.ics) they sent back</source>
        <translation>出席者から返送された回答ファイル (.ics) を記録する</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Delegation Desk</source>
        <translation>Delegation Desk を閉じる</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Take back the last edit</source>
        <translation>直前の編集を取り消す</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Make the edit taken back again</source>
        <translation>取り消した編集をもう一度行う</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add to the current list</source>
        <translation>今の一覧に追加する</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>選んだ項目を編集する</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>選んだ項目を削除する</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Filter the current list</source>
        <translation>今の一覧を絞り込む</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Show the page: {page}</source>
        <translation>{page}のページを表示</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
    </message>
    <message>
        <source>Show the whole week on the programme, or one day</source>
        <translation>日程表に週全体、または1日を表示</translation>
    </message>
    <message>
        <source>Whole pro&amp;gramme</source>
        <translation>日程全体(&amp;G)</translation>
    </message>
    <message>
        <source>Show only the days that have events, side by side</source>
        <translation>行事のある日だけを並べて表示する</translation>
    </message>
    <message>
        <source>Second &amp;time zone…</source>
        <translation>第二の時間帯(&amp;T)…</translation>
    </message>
    <message>
        <source>Choose the second zone shown beside venue times</source>
        <translation>会場の時刻の横に表示する時間帯を選ぶ</translation>
    </message>
    <message>
        <source>&amp;Clash panel</source>
        <translation>重複パネル(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide the list of clashes</source>
        <translation>重複の一覧を表示または隠す</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Delegation Desk</source>
        <translation>Delegation Desk について(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>バージョンとライセンス</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV 取込</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>書き出し(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Invitations for the chosen event…</source>
        <translation>選んだ行事の招待状(&amp;I)…</translation>
    </message>
    <message>
        <source>Write invites (.ics) for the chosen event; one per attendee if it is confidential</source>
        <translation>選んだ行事の招待状 (.ics) を書き出す。機密の行事は出席者ごとに分ける</translation>
    </message>
    <message>
        <source>Invitations, &amp;one per attendee…</source>
        <translation>出席者ごとの招待状(&amp;O)…</translation>
    </message>
    <message>
        <source>Write one invite (.ics) per attendee of the chosen event, into a folder</source>
        <translation>選んだ行事の招待状 (.ics) を出席者ごとにフォルダーへ書き出す</translation>
    </message>
    <message>
        <source>&amp;Changed invitations since last export…</source>
        <translation>前回以降に変わった招待状(&amp;C)…</translation>
    </message>
    <message>
        <source>Write invites and cancellations for what changed since the last export</source>
        <translation>前回の書き出し以降の変更について招待状と取り消しを書き出す</translation>
    </message>
    <message>
        <source>Programme &amp;feed…</source>
        <translation>日程フィード(&amp;F)…</translation>
    </message>
    <message>
        <source>Write the programme, or a delegation&apos;s part, as a calendar without guest lists</source>
        <translation>日程（または代表団の分）を出席者名簿なしのカレンダーとして書き出す</translation>
    </message>
    <message>
        <source>I&amp;tinerary (calendar)…</source>
        <translation>個人日程（カレンダー）(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the chosen person&apos;s itinerary (.ics), with their transport</source>
        <translation>選んだ人の個人日程 (.ics) を移動手段とともに書き出す</translation>
    </message>
    <message>
        <source>Itinerary (&amp;PDF)…</source>
        <translation>個人日程（PDF）(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the chosen person&apos;s itinerary, day by day (PDF)</source>
        <translation>選んだ人の個人日程を日ごとに印刷する (PDF)</translation>
    </message>
    <message>
        <source>Event &amp;briefing pack…</source>
        <translation>行事のブリーフィング資料(&amp;B)…</translation>
    </message>
    <message>
        <source>Write the briefing pack (PDF) for the chosen event (or delegation)</source>
        <translation>選んだ行事（または代表団）のブリーフィング資料 (PDF) を書き出す</translation>
    </message>
    <message>
        <source>&amp;Delegation briefing pack…</source>
        <translation>代表団のブリーフィング資料(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the briefing pack (PDF) for a delegation: its programme and every event</source>
        <translation>代表団のブリーフィング資料 (PDF)：日程とすべての行事</translation>
    </message>
    <message>
        <source>About Delegation Desk</source>
        <translation>Delegation Desk について</translation>
    </message>
    <message>
        <source>&lt;p&gt;Logistics for bilateral trade delegations: the programme, who attends what, clashes, calendar invites and briefing packs.&lt;/p&gt;&lt;p&gt;Japanese text is shown with IPA PGothic (IPA Font License v1.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;二国間の経済代表団の運営：日程、出席者、重複、カレンダー招待状、ブリーフィング資料。&lt;/p&gt;&lt;p&gt;日本語は IPA Pゴシック（IPA フォントライセンス v1.0）で表示します。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Filter by name (Latin or Japanese), organisation or email…</source>
        <extracomment>Tables at least this big are re-read after a change on a worker thread; the rows on screen stay until the new ones are ready. The filter box&apos;s hint on each page.</extracomment>
        <translation>氏名（ローマ字または日本語）、所属、メールで絞り込む…</translation>
    </message>
    <message>
        <source>Filter events by title or venue…</source>
        <translation>件名または会場で行事を絞り込む…</translation>
    </message>
    <message>
        <source>Filter organisations…</source>
        <translation>団体を絞り込む…</translation>
    </message>
    <message>
        <source>Filter venues…</source>
        <translation>会場を絞り込む…</translation>
    </message>
    <message>
        <source>Filter delegations…</source>
        <translation>代表団を絞り込む…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>編集(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Not up to date</source>
        <translation>最新ではありません</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{total} 件中 {shown} 件</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Team sync</source>
        <extracomment>The sync core is loaded once the window is on screen (ms after it was made): importing it while the window starts would delay its first paint. Seconds between automatic syncs while online. What the loop reports: (&quot;reported&quot;, SyncReport), (&quot;offline&quot;, text) or (&quot;failed&quot;, text). Milliseconds between looks at the loop&apos;s reports.</extracomment>
        <translation>チーム同期</translation>
    </message>
    <message>
        <source>Team: starting…</source>
        <translation>チーム：開始中…</translation>
    </message>
    <message>
        <source>The first sync starts in a moment</source>
        <translation>まもなく最初の同期を始めます</translation>
    </message>
    <message>
        <source>Team: syncing…</source>
        <translation>チーム：同期中…</translation>
    </message>
    <message>
        <source>Sending and receiving changes</source>
        <translation>変更を送受信しています</translation>
    </message>
    <message>
        <source>⚠ Team: %n conflict(s)</source>
        <translation>⚠ チーム: 競合 %n 件</translation>
    </message>
    <message>
        <source>File ▸ Team ▸ Conflicts… to decide them</source>
        <translation>ファイル ▸ チーム ▸ 競合… で決めてください</translation>
    </message>
    <message>
        <source>Changes made meanwhile go with the next sync</source>
        <translation>その間の変更は次の同期で送られます</translation>
    </message>
    <message>
        <source>Team: in step</source>
        <translation>チーム：最新</translation>
    </message>
    <message>
        <source>Your file holds the team&apos;s latest programme</source>
        <translation>このファイルはチームの最新の日程です</translation>
    </message>
    <message>
        <source>Team: offline, %n change(s) waiting</source>
        <translation>チーム: オフライン、未送信の変更 %n 件</translation>
    </message>
    <message>
        <source>Team: offline</source>
        <translation>チーム: オフライン</translation>
    </message>
    <message>
        <source>⚠ Team: sync failed</source>
        <translation>⚠ チーム：同期に失敗</translation>
    </message>
    <message>
        <source>Create a team</source>
        <translation>チームを作成</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database (empty), e.g.
postgresql://you@db.embassy.example.org/visit</source>
        <translation>チームの PostgreSQL データベース（空のもの）。例:
postgresql://you@db.embassy.example.org/visit</translation>
    </message>
    <message>
        <source>Creating the team…</source>
        <translation>チームを作成しています…</translation>
    </message>
    <message>
        <source>The team was created.</source>
        <translation>チームを作成しました。</translation>
    </message>
    <message>
        <source>Join a team</source>
        <translation>チームに参加</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL database, e.g.
postgresql://you@db.embassy.example.org/visit</source>
        <translation>チームの PostgreSQL データベース。例:
postgresql://you@db.embassy.example.org/visit</translation>
    </message>
    <message>
        <source>Keep the team&apos;s programme in</source>
        <translation>チームの日程の保存先</translation>
    </message>
    <message>
        <source>Delegation Desk (*.db)</source>
        <translation>Delegation Desk (*.db)</translation>
    </message>
    <message>
        <source>Joining the team…</source>
        <translation>チームに参加しています…</translation>
    </message>
    <message>
        <source>You joined the team.</source>
        <translation>チームに参加しました。</translation>
    </message>
    <message>
        <source>Leave the team</source>
        <translation>チームを離れる</translation>
    </message>
    <message>
        <source>Stop working as a team in this file? It keeps the programme as it is now; changes not yet sent stay only here.</source>
        <translation>このファイルでのチーム作業をやめますか？日程は今のまま残ります。未送信の変更はこのファイルにだけ残ります。</translation>
    </message>
    <message>
        <source>This file no longer belongs to a team.</source>
        <translation>このファイルはチームから外れました。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>チーム(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Create team from this file…</source>
        <translation>このファイルからチームを作る(&amp;C)…</translation>
    </message>
    <message>
        <source>Share this programme with a team through a PostgreSQL database</source>
        <translation>PostgreSQL データベースを通じてこの日程をチームで共有する</translation>
    </message>
    <message>
        <source>&amp;Join a team…</source>
        <translation>チームに参加(&amp;J)…</translation>
    </message>
    <message>
        <source>Make a new local copy of a team&apos;s programme</source>
        <translation>チームの日程の写しを新しく手元に作る</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <source>Send your changes to the team and receive theirs now</source>
        <translation>自分の変更をチームに送り、チームの変更を今すぐ受け取る</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>競合(&amp;O)…</translation>
    </message>
    <message>
        <source>Decide the changes that met someone else&apos;s change</source>
        <translation>他の人の変更とぶつかった変更を決める</translation>
    </message>
    <message>
        <source>&amp;Leave team…</source>
        <translation>チームを離れる(&amp;L)…</translation>
    </message>
    <message>
        <source>Stop working as a team in this file (it keeps the programme)</source>
        <translation>このファイルでのチーム作業をやめる（日程は残ります）</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>No conflicts: everything you sent was applied.</source>
        <translation>競合はありません。送った変更はすべて反映されました。</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>自分の値を残す(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>相手の値を残す(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>you edited, they deleted</source>
        <translation>自分が編集、相手が削除</translation>
    </message>
    <message>
        <source>keep it</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>delete it</source>
        <translation>削除する</translation>
    </message>
    <message>
        <source>you deleted, they changed</source>
        <translation>自分が削除、相手が変更</translation>
    </message>
    <message>
        <source>A new value for %1:</source>
        <translation>%1 の新しい値:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Programme timeline</source>
        <extracomment>Hour scale limits for fitting the day to the window (Thunderbird keeps a minimum too). Zoom limits (pixels per minute) and the step of one zoom in or out. The working day a fitted view shows at least (hours), widened to every event. How the hours are scaled: readable limits, every event&apos;s hour in the window, or chosen.</extracomment>
        <translation>日程表</translation>
    </message>
    <message>
        <source>Events as blocks by day and time; Up and Down choose, Enter opens, Alt+Up and Alt+Down move the chosen event by five minutes, the context menu key shows actions; double-click an empty time to add an event.</source>
        <translation>行事を日と時刻ごとのブロックで表示します。↑↓で選択、Enter で開く、Alt+↑/Alt+↓ で選んだ行事を5分ずつ移動、コンテキストメニューキーで操作の一覧、空いた時刻のダブルクリックで行事を追加します。</translation>
    </message>
    <message>
        <source>Starts {times}</source>
        <translation>開始 {times}</translation>
    </message>
    <message>
        <source>…and %n more clash(es)</source>
        <translation>…ほか重複 %n 件</translation>
    </message>
    <message>
        <source>%n attendee(s)</source>
        <translation>出席者 %n 名</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>(tentative)</source>
        <translation>（仮）</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Public</source>
        <extracomment>Words for the values people choose in the editor and read in tooltips and tables.</extracomment>
        <translation>公開</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>取扱注意</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>仮</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>議長</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>連絡担当</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>警備</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>運転手</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>回答待ち</translation>
    </message>
    <message>
        <source>Needs re-confirmation</source>
        <translation>再確認待ち</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>欠席</translation>
    </message>
    <message>
        <source>Person double-booked</source>
        <translation>人の二重予約</translation>
    </message>
    <message>
        <source>Room double-booked</source>
        <translation>部屋の二重予約</translation>
    </message>
    <message>
        <source>Not enough travel time</source>
        <translation>移動時間の不足</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>定員超過</translation>
    </message>
    <message>
        <source>Vehicle over its seats</source>
        <translation>車両の座席超過</translation>
    </message>
    <message>
        <source>In two vehicles on one leg</source>
        <translation>同じ区間で2台に乗車</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>Zoom &amp;in</source>
        <extracomment>Privacy mode&apos;s key: H for hide (Ctrl+H alone is &quot;replace&quot; in many editors). The agenda&apos;s key: L for list. How long a status message rewritten in privacy mode stays.</extracomment>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>More room for each hour of the programme (Ctrl+wheel)</source>
        <translation>日程表の1時間あたりの表示を大きくします(Ctrl+ホイール)</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>縮小(&amp;U)</translation>
    </message>
    <message>
        <source>More hours of the programme on screen (Ctrl+wheel)</source>
        <translation>日程表をより多くの時間帯まで表示します(Ctrl+ホイール)</translation>
    </message>
    <message>
        <source>&amp;Fit the day to the window</source>
        <translation>1日をウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Show every hour that has events, and the working day, without scrolling</source>
        <translation>行事のある時間帯と勤務時間をすべて、スクロールせずに表示します</translation>
    </message>
    <message>
        <source>&amp;Agenda (a list of the events)</source>
        <translation>一覧表示(&amp;A)</translation>
    </message>
    <message>
        <source>Show the days shown as a compact list of events, or the timeline</source>
        <translation>表示中の日を行事の簡潔な一覧で、またはタイムラインで表示します</translation>
    </message>
    <message>
        <source>&amp;Hide confidential titles</source>
        <translation>機密の件名を隠す(&amp;H)</translation>
    </message>
    <message>
        <source>For screen-sharing and projection: show “Confidential meeting” instead of the titles of confidential and restricted events</source>
        <translation>画面共有や投影用：機密・取扱注意の行事の件名の代わりに「機密の会合」と表示します</translation>
    </message>
</context>
</TS>
