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
        <source>Times are in the venue&apos;s zone: 10:30 on the event&apos;s day, or {example}.</source>
        <translation>時刻は会場の時間帯で入力します：当日なら 10:30、または {example}。</translation>
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
        <source>(no longer in the programme)</source>
        <translation>（日程から削除された人）</translation>
    </message>
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
        <source>import of people</source>
        <translation>人物の取り込み</translation>
    </message>
    <message>
        <source>applying a schedule</source>
        <translation>日程案の適用</translation>
    </message>
    <message>
        <source>loading the sample programme</source>
        <translation>サンプルプログラムの読み込み</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>the upgrade from version {n}</source>
        <translation>バージョン {n} からの更新</translation>
    </message>
    <message>
        <source>{when} — before {reason} ({size})</source>
        <translation>{when} — {reason}の前（{size}）</translation>
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
    <name>ClashNotice</name>
    <message>
        <source>Clash made by the last move</source>
        <translation>直前の移動で生じた重複</translation>
    </message>
    <message>
        <source>Undo the move</source>
        <translation>移動を元に戻す</translation>
    </message>
    <message>
        <source>Put the event back where it was (Ctrl+Z)</source>
        <translation>行事を元の時間に戻します (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>お知らせを閉じる</translation>
    </message>
    <message>
        <source>Keep the move and close this notice</source>
        <translation>移動はそのままで、このお知らせを閉じます</translation>
    </message>
    <message>
        <source>“{title}” now clashes: {clash}</source>
        <translation>「{title}」が重複しています：{clash}</translation>
    </message>
    <message>
        <source>(and %n more)</source>
        <translation>（ほか %n 件）</translation>
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
        <source>Line</source>
        <translation>行</translation>
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
        <source>Problems</source>
        <translation>問題</translation>
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
    <name>Conflicts</name>
    <message>
        <source>The organisation changed elsewhere</source>
        <translation>団体が他の場所で変更されました</translation>
    </message>
    <message>
        <source>The person changed elsewhere</source>
        <translation>人物が他の場所で変更されました</translation>
    </message>
    <message>
        <source>The delegation changed elsewhere</source>
        <translation>代表団が他の場所で変更されました</translation>
    </message>
    <message>
        <source>The venue changed elsewhere</source>
        <translation>会場が他の場所で変更されました</translation>
    </message>
    <message>
        <source>The room changed elsewhere</source>
        <translation>部屋が他の場所で変更されました</translation>
    </message>
    <message>
        <source>The event changed elsewhere</source>
        <translation>行事が他の場所で変更されました</translation>
    </message>
    <message>
        <source>The record changed elsewhere</source>
        <translation>記録が他の場所で変更されました</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>{field}: now {stored} — yours {yours}</source>
        <translation>{field}: 現在 {stored} — あなたの変更 {yours}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名称なし）</translation>
    </message>
    <message>
        <source>(the same values were saved again)</source>
        <translation>（同じ値が再度保存されました）</translation>
    </message>
    <message>
        <source>“{name}” was changed elsewhere (another window, the command line or another program) after you opened it.</source>
        <translation>「{name}」は、開いた後に他の場所（別のウィンドウ、コマンドライン、または別のプログラム）で変更されました。</translation>
    </message>
    <message>
        <source>“{name}” was changed elsewhere since this edit. To undo it would overwrite that change.</source>
        <translation>「{name}」はこの編集の後に他の場所で変更されました。元に戻すとその変更を上書きします。</translation>
    </message>
    <message>
        <source>“{name}” was changed elsewhere since this edit. To redo it would overwrite that change.</source>
        <translation>「{name}」はこの編集の後に他の場所で変更されました。やり直すとその変更を上書きします。</translation>
    </message>
    <message>
        <source>What differs:</source>
        <translation>異なる点:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Keep what is stored now; your changes are not saved</source>
        <translation>現在保存されている内容を残します。あなたの変更は保存されません</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>上書き(&amp;O)</translation>
    </message>
    <message>
        <source>Save your version over the one stored now</source>
        <translation>現在保存されている内容をあなたの版で上書きします</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Go back and keep editing</source>
        <translation>編集に戻ります</translation>
    </message>
    <message>
        <source>&amp;Keep their change</source>
        <translation>相手の変更を残す(&amp;K)</translation>
    </message>
    <message>
        <source>Leave it as stored; drop this undo step</source>
        <translation>保存されている内容のままにし、この「元に戻す」操作を履歴から外します</translation>
    </message>
    <message>
        <source>Leave it as stored; drop this redo step</source>
        <translation>保存されている内容のままにし、この「やり直し」操作を履歴から外します</translation>
    </message>
    <message>
        <source>Undo &amp;anyway</source>
        <translation>それでも元に戻す(&amp;A)</translation>
    </message>
    <message>
        <source>Redo &amp;anyway</source>
        <translation>それでもやり直す(&amp;A)</translation>
    </message>
    <message>
        <source>Overwrite the change made elsewhere</source>
        <translation>他の場所で行われた変更を上書きします</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>元に戻せません</translation>
    </message>
    <message>
        <source>The step stays in the undo history; try again in a moment.</source>
        <translation>この操作は元に戻す履歴に残っています。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The step was taken off the undo history.</source>
        <translation>この操作は元に戻す履歴から外されました。</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>{names} are booked in “{a}” ({a_when}) and “{b}” ({b_when}).</source>
        <translation>{names}は「{a}」（{a_when}）と「{b}」（{b_when}）に重複して予定されています。</translation>
    </message>
    <message>
        <source>{names} is booked in “{a}” ({a_when}) and “{b}” ({b_when}).</source>
        <translation>{names}は「{a}」（{a_when}）と「{b}」（{b_when}）に重複して予定されています。</translation>
    </message>
    <message>
        <source>{names} have {gap} to get from “{a}” at {a_venue} (ends {a_end}) to “{b}” at {b_venue} (starts {b_start}); the journey takes about {needed}.</source>
        <translation>{names}は{a_venue}の「{a}」（{a_end} 終了）から{b_venue}の「{b}」（{b_start} 開始）への移動に{gap}しかありません。移動には約{needed}かかります。</translation>
    </message>
    <message>
        <source>{names} has {gap} to get from “{a}” at {a_venue} (ends {a_end}) to “{b}” at {b_venue} (starts {b_start}); the journey takes about {needed}.</source>
        <translation>{names}は{a_venue}の「{a}」（{a_end} 終了）から{b_venue}の「{b}」（{b_start} 開始）への移動に{gap}しかありません。移動には約{needed}かかります。</translation>
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
        <source>Hosts and other participants</source>
        <extracomment>Every template of the core&apos;s messages (the English text is the key).</extracomment>
        <translation>受入側・その他の出席者</translation>
    </message>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a}と{b}</translation>
    </message>
    <message>
        <source>Unknown badge: not on the list</source>
        <translation>不明なバッジ：名簿にありません</translation>
    </message>
    <message>
        <source>{name}: arrived at {when}</source>
        <translation>{name}：{when} に到着</translation>
    </message>
    <message>
        <source>{name}: already arrived at {when}</source>
        <translation>{name}：{when} に到着済み</translation>
    </message>
    <message>
        <source>{name}: arrived at {when} — duplicate badge: collect it, reprint theirs</source>
        <translation>{name}：{when} に到着 — 二重発行のバッジ：回収して再発行</translation>
    </message>
    <message>
        <source>{name}: already arrived at {when} — duplicate badge: collect it, reprint theirs</source>
        <translation>{name}：{when} に到着済み — 二重発行のバッジ：回収して再発行</translation>
    </message>
    <message>
        <source>{name}: not on the list for this event</source>
        <translation>{name}：この行事の名簿にありません</translation>
    </message>
    <message>
        <source>{name}: wrong event — this badge is for {event}</source>
        <translation>{name}：行事が違います — このバッジは「{event}」用です</translation>
    </message>
    <message>
        <source>1 person works for {org}; move them to another organisation or delete them first.</source>
        <translation>{org}には1名が所属しています。先にその人物を別の組織へ移すか削除してください。</translation>
    </message>
    <message>
        <source>{count} people work for {org}; move them to another organisation or delete them first.</source>
        <translation>{org}には{count}名が所属しています。先にその人物を別の組織へ移すか削除してください。</translation>
    </message>
    <message>
        <source>{name} will be removed from “{title}”.</source>
        <translation>{name}は「{title}」から外されます。</translation>
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
        <source>{org} will no longer be listed as host of “{title}”.</source>
        <translation>{org}は「{title}」の主催者から外されます。</translation>
    </message>
    <message>
        <source>This organisation cannot be deleted: {reason}</source>
        <translation>この組織は削除できません: {reason}</translation>
    </message>
    <message>
        <source>This organisation hosts events.</source>
        <translation>この組織は行事を主催しています。</translation>
    </message>
    <message>
        <source>{name} will leave the delegation {delegation}.</source>
        <translation>{name}は代表団「{delegation}」から外れます。</translation>
    </message>
    <message>
        <source>This person is still part of the programme.</source>
        <translation>この人物はまだ日程に含まれています。</translation>
    </message>
    <message>
        <source>Some members no longer exist.</source>
        <translation>団員の一部がすでに存在しません。</translation>
    </message>
    <message>
        <source>“{title}” takes place at {venue}.</source>
        <translation>「{title}」は{venue}で行われます。</translation>
    </message>
    <message>
        <source>This venue cannot be deleted while events take place there; move or delete them first.</source>
        <translation>この会場で行事が予定されている間は削除できません。先に行事を移すか削除してください。</translation>
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
        <source>{what} {text!r} is not a date and time like 2026-12-01 10:00.</source>
        <translation>{what}に入力された「{text}」は日時として読み取れません。2026年12月1日 10:00 のように入力してください。</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a real date and time.</source>
        <translation>{what}に入力された「{text}」は実在しない日付または時刻です。</translation>
    </message>
    <message>
        <source>{what} {text!r} is outside the years 1970–2200; check the year.</source>
        <translation>{what}に入力された「{text}」は1970年～2200年の範囲外です。年を確認してください。</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a time of day.</source>
        <translation>{what}に入力された「{text}」は正しい時刻ではありません（00:00～23:59で入力してください）。</translation>
    </message>
    <message>
        <source>{what} {when} does not exist in {zone} (the clocks change then).</source>
        <translation>{what}に入力された{when}は、{zone}では時計の切り替え（夏時間）のため存在しない時刻です。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>start</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>end</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>開始可能時刻</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>終了期限</translation>
    </message>
    <message>
        <source>agenda item {title!r} start</source>
        <translation>議事項目「{title}」の開始時刻</translation>
    </message>
    <message>
        <source>agenda item {title!r} end</source>
        <translation>議事項目「{title}」の終了時刻</translation>
    </message>
    <message>
        <source>agenda item {number} start</source>
        <translation>議事項目{number}の開始時刻</translation>
    </message>
    <message>
        <source>agenda item {number} end</source>
        <translation>議事項目{number}の終了時刻</translation>
    </message>
    <message>
        <source>departure of {route}</source>
        <translation>移動区間 {route} の出発時刻</translation>
    </message>
    <message>
        <source>arrival of {route}</source>
        <translation>移動区間 {route} の到着時刻</translation>
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
    <message>
        <source>A rank table needs at least one rank.</source>
        <translation>序列表には少なくとも1つの序列が必要です。</translation>
    </message>
    <message>
        <source>Rank {n} has no name.</source>
        <translation>序列{n}に名称がありません。</translation>
    </message>
    <message>
        <source>The rank table</source>
        <translation>序列表</translation>
    </message>
    <message>
        <source>vehicle {n}</source>
        <translation>車両{n}</translation>
    </message>
    <message>
        <source>{what}: a vehicle needs at least 1 passenger seat.</source>
        <translation>{what}：車両には乗客用の座席が1席以上必要です。</translation>
    </message>
    <message>
        <source>{what}: {count} passengers for {seats} seats.</source>
        <translation>{what}：座席{seats}席に対して乗客が{count}名います。</translation>
    </message>
    <message>
        <source>In two vehicles on the same leg: {names}.</source>
        <translation>同じ区間で2台の車両に割り当てられている人がいます：{names}。</translation>
    </message>
    <message>
        <source>The vehicles</source>
        <translation>車両</translation>
    </message>
    <message>
        <source>The leg {route} has no vehicles.</source>
        <translation>区間 {route} に車両がありません。</translation>
    </message>
    <message>
        <source>{org} said no to this meeting (request {request}).</source>
        <translation>{org}がこの面談を断っています（面談希望 {request}）。</translation>
    </message>
    <message>
        <source>{org} has nobody in the programme to attend.</source>
        <translation>{org}には、プログラム上で出席できる人がいません。</translation>
    </message>
    <message>
        <source>No interpreter in the programme speaks {pair}.</source>
        <translation>プログラム上に{pair}の通訳がいません。</translation>
    </message>
    <message>
        <source>{a}–{b}</source>
        <translation>{a}–{b}</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>ヒンディー語</translation>
    </message>
    <message>
        <source>any venue</source>
        <translation>どの会場</translation>
    </message>
    <message>
        <source>{a} or {b}</source>
        <translation>{a}または{b}</translation>
    </message>
    <message>
        <source>No room at {where} holds the {headcount} people of this meeting (the largest holds {biggest}).</source>
        <translation>{where}には、この面談の{headcount}人が入れる部屋がありません（最大で{biggest}人）。</translation>
    </message>
    <message>
        <source>The times asked leave no {duration}-minute slot within working hours (lunch kept free); widen “Not before” and “Not after”.</source>
        <translation>指定の時間帯では、勤務時間内（昼休みを除く）に{duration}分の枠が取れません。希望の開始・終了時刻の幅を広げてください。</translation>
    </message>
    <message>
        <source>No common free time: {names} are never free for {duration} minutes when the meeting could be held.</source>
        <translation>共通の空き時間がありません：面談を開ける時間帯に、{names}の{duration}分の空きがありません。</translation>
    </message>
    <message>
        <source>No common free time: {names} is never free for {duration} minutes when the meeting could be held.</source>
        <translation>共通の空き時間がありません：面談を開ける時間帯に、{names}の{duration}分の空きがありません。</translation>
    </message>
    <message>
        <source>No common free time: the two sides are never free together for {duration} minutes in working hours.</source>
        <translation>共通の空き時間がありません：勤務時間内に、双方がそろって{duration}分空いている時間がありません。</translation>
    </message>
    <message>
        <source>Travel impossible: {person} cannot get between “{event}” at {there} and {here} in time (about {minutes} min each way) at any time both sides are free.</source>
        <translation>移動が間に合いません：双方が空いているどの時間でも、{person}は{there}の「{event}」と{here}の間を移動しきれません（片道約{minutes}分）。</translation>
    </message>
    <message>
        <source>No common free time when travel between venues is counted.</source>
        <translation>会場間の移動時間を含めると、共通の空き時間がありません。</translation>
    </message>
    <message>
        <source>No interpreter ({pair}) is free, able to get there and within the six-hour day at any time both sides are free.</source>
        <translation>双方が空いているどの時間でも、手が空いていて会場まで行け、1日6時間の上限に収まる通訳（{pair}）がいません。</translation>
    </message>
    <message>
        <source>Every room large enough for {headcount} people is taken at every time both sides are free.</source>
        <translation>双方が空いているどの時間でも、{headcount}人が入れる部屋はすべて埋まっています。</translation>
    </message>
    <message>
        <source>lost to higher-priority requests: {meetings}.</source>
        <translation>より優先度の高い面談希望に枠を譲りました：{meetings}。</translation>
    </message>
    <message>
        <source>lost to other requests: {meetings}.</source>
        <translation>ほかの面談希望に枠を譲りました：{meetings}。</translation>
    </message>
    <message>
        <source>{org} is fully booked whenever both sides are free: {lost}</source>
        <translation>双方が空いている時間は、{org}の予定がすべて埋まっています。{lost}</translation>
    </message>
    <message>
        <source>No placement passes every check.</source>
        <translation>すべての確認を満たす配置がありません。</translation>
    </message>
    <message>
        <source>“{a} and {b}” ({priority}, mutual)</source>
        <translation>「{a}と{b}」（{priority}、相互）</translation>
    </message>
    <message>
        <source>“{a} and {b}” ({priority})</source>
        <translation>「{a}と{b}」（{priority}）</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}、{rest}</translation>
    </message>
    <message>
        <source>must</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>should</source>
        <translation>希望</translation>
    </message>
    <message>
        <source>could</source>
        <translation>可能なら</translation>
    </message>
    <message>
        <source>no</source>
        <translation>不可</translation>
    </message>
    <message>
        <source>A value cannot be read ({problem}).</source>
        <translation>読み取れない値があります（{problem}）。</translation>
    </message>
    <message>
        <source>Keep theirs, or give a value that fits the rest of the record.</source>
        <translation>相手の値を残すか、記録の他の項目と矛盾しない値を入力してください。</translation>
    </message>
    <message>
        <source>Your value of {field}</source>
        <translation>自分の{field}の値</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number; give one such as 45.</source>
        <translation>「{value}」は整数ではありません。45 のような整数を入力してください。</translation>
    </message>
    <message>
        <source>Its meeting “{title}” can no longer be held as planned and is left as it is for you to move or cancel: {reason}</source>
        <translation>この面談「{title}」は予定どおりに開けなくなったため、そのままにしてあります。移動するか中止してください：{reason}</translation>
    </message>
    <message>
        <source>OR-Tools is not installed: the greedy schedule is shown, not improved.</source>
        <translation>OR-Tools が入っていないため、最初の案を改善せずに表示しています。</translation>
    </message>
    <message>
        <source>Stopped before the time limit: the best schedule found so far is shown.</source>
        <translation>制限時間の前に停止しました。それまでで最良の案を表示しています。</translation>
    </message>
    <message>
        <source>The time limit ran out before the search&apos;s fixed budget (a busy computer): another run with the same seed may differ.</source>
        <translation>探索が所定の作業量を終える前に制限時間に達しました（コンピューターの負荷が高いため）。同じシードで再実行しても結果が異なることがあります。</translation>
    </message>
    <message>
        <source>Cancellation of “{title}” for {count} attendee(s)</source>
        <translation>「{title}」の中止の通知（出席者 {count} 名分）</translation>
    </message>
    <message>
        <source>Cancellation of “{title}” for {name}</source>
        <translation>「{title}」の中止の通知（宛先: {name}）</translation>
    </message>
    <message>
        <source>Cancellation of “{title}” for {name} (no longer attending)</source>
        <translation>「{title}」の中止の通知（宛先: {name}、出席取りやめ）</translation>
    </message>
    <message>
        <source>Event {id} “{title}” cannot be exported: its times lie outside the years 1970–2200. Correct them first.</source>
        <translation>行事 {id}「{title}」は日時が 1970–2200 年の範囲外のため書き出せません。先に日時を修正してください。</translation>
    </message>
    <message>
        <source>Event {id} “{title}” was left out: its times lie outside the years {first}–{last} ({year}); correct them first.</source>
        <translation>行事 {id}「{title}」は日時が {first}–{last} 年の範囲外（{year} 年）のため除外しました。日時を修正してください。</translation>
    </message>
    <message>
        <source>Invite to “{title}” for {count} attendee(s)</source>
        <translation>「{title}」の招待状（出席者 {count} 名分）</translation>
    </message>
    <message>
        <source>Invite to “{title}” for {name}</source>
        <translation>「{title}」の招待状（宛先: {name}）</translation>
    </message>
    <message>
        <source>Itinerary of {name}: {count} entry(ies)</source>
        <translation>{name}の旅程: {count} 件</translation>
    </message>
    <message>
        <source>No events chosen.</source>
        <translation>対象の行事がありません。</translation>
    </message>
    <message>
        <source>Nothing changed in the itinerary of {name} since the last export.</source>
        <translation>{name}の旅程は前回の書き出し以降、変更がありません。</translation>
    </message>
    <message>
        <source>Nothing changed since the last export.</source>
        <translation>前回の書き出し以降、変更はありません。</translation>
    </message>
    <message>
        <source>{name} has no e-mail address and gets no invite to “{title}”.</source>
        <translation>{name}にはメールアドレスがないため、「{title}」の招待状は作成されません。</translation>
    </message>
    <message>
        <source>{title}: {count} event(s)</source>
        <translation>{title}: 行事 {count} 件</translation>
    </message>
    <message>
        <source>“{title}” has no attendee with an e-mail address.</source>
        <translation>「{title}」にはメールアドレスのある出席者がいません。</translation>
    </message>
    <message>
        <source>“{title}” has no organiser with an e-mail address; no invites were made.</source>
        <translation>「{title}」にはメールアドレスのある主催者がいないため、招待状を作成しませんでした。</translation>
    </message>
    <message>
        <source>“{title}” is cancelled; attendees who were never sent its invitation get no cancellation.</source>
        <translation>「{title}」は中止されています。招待状を送っていない出席者には中止の通知を送りません。</translation>
    </message>
    <message>
        <source>“{title}” is confidential: a shared invite would show every guest to everyone. Export one invite per attendee instead.</source>
        <translation>「{title}」は機密扱いです。共通の招待状では出席者全員の名前が全員に見えてしまうため、出席者ごとに招待状を書き出してください。</translation>
    </message>
    <message>
        <source>{name} has no events.</source>
        <translation>{name}には予定がありません。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>No longer expected</source>
        <translation>出席取りやめ</translation>
    </message>
    <message>
        <source>Refused for good by the server for {to}: {why}</source>
        <translation>{to} 宛てはサーバーに受け付けを拒否されました（再送しません）: {why}</translation>
    </message>
    <message>
        <source>Refused for now for {to} ({why}); tried again at the next send.</source>
        <translation>{to} 宛ては一時的に受け付けを拒否されました（{why}）。次回の送信時に再送します。</translation>
    </message>
    <message>
        <source>Sending was cancelled: {result} The rest stay in the outbox.</source>
        <translation>送信を中止しました: {result} 残りは送信トレイに残ります。</translation>
    </message>
    <message>
        <source>Sent to {to}: {subject}</source>
        <translation>{to} に送信: {subject}</translation>
    </message>
    <message>
        <source>The mail server {where} cannot be reached ({reason}).</source>
        <translation>メールサーバー {where} に接続できません（{reason}）。</translation>
    </message>
    <message>
        <source>The mail server {where} does not offer STARTTLS; choose TLS, or &apos;none&apos; only for a relay on this computer.</source>
        <translation>メールサーバー {where} は STARTTLS に対応していません。TLS を選んでください（「なし」はこのコンピューター上の中継サーバーの場合のみ）。</translation>
    </message>
    <message>
        <source>The mail server {where} refused the user name or password ({reply}).</source>
        <translation>メールサーバー {where} がユーザー名またはパスワードを受け付けませんでした（{reply}）。</translation>
    </message>
    <message>
        <source>The mail settings are not usable: {problems}.</source>
        <translation>メールの設定が使えません: {problems}。</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>security must be one of {choices}</source>
        <translation>暗号化の方式は {choices} のいずれかにしてください</translation>
    </message>
    <message>
        <source>the connection to the mail server was lost ({reason})</source>
        <translation>メールサーバーとの接続が切れました（{reason}）</translation>
    </message>
    <message>
        <source>the mail server&apos;s host name is missing</source>
        <translation>メールサーバーのホスト名が入力されていません</translation>
    </message>
    <message>
        <source>the port {port} is not a port number</source>
        <translation>{port} はポート番号ではありません</translation>
    </message>
    <message>
        <source>{count} message(s) stay in the outbox and go at the next send.</source>
        <translation>{count} 通は送信トレイに残り、次回の送信時に送られます。</translation>
    </message>
    <message>
        <source>{count} message(s) wait for their next attempt.</source>
        <translation>{count} 通は次の再送を待っています。</translation>
    </message>
    <message>
        <source>{count} message(s) were interrupted while being sent earlier; see the outbox.</source>
        <translation>{count} 通は以前の送信中に中断されました。送信トレイを確認してください。</translation>
    </message>
    <message>
        <source>{count} sent</source>
        <translation>送信 {count} 通</translation>
    </message>
    <message>
        <source>{detail}; it may have arrived, so it is not sent again by itself</source>
        <translation>{detail}。届いている可能性があるため、自動では再送しません</translation>
    </message>
    <message>
        <source>{head}, {count} queued</source>
        <translation>{head}、送信待ち {count} 通</translation>
    </message>
    <message>
        <source>{head}, {count} to retry</source>
        <translation>{head}、再送予定 {count} 通</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>{reason} The messages stay in the outbox.</source>
        <translation>{reason} メッセージは送信トレイに残ります。</translation>
    </message>
    <message>
        <source>{reason} The rest stay in the outbox.</source>
        <translation>{reason} 残りは送信トレイに残ります。</translation>
    </message>
    <message>
        <source>Added: {title}</source>
        <translation>追加: {title}</translation>
    </message>
    <message>
        <source>Publishing was cancelled: {result}</source>
        <translation>公開を中止しました: {result}</translation>
    </message>
    <message>
        <source>Removed: {title}</source>
        <translation>削除: {title}</translation>
    </message>
    <message>
        <source>The calendar server at {url} cannot be reached ({reason}).</source>
        <translation>カレンダーサーバー {url} に接続できません（{reason}）。</translation>
    </message>
    <message>
        <source>The calendar server failed to {what}: {reason}.</source>
        <translation>カレンダーサーバーで{what}に失敗しました: {reason}。</translation>
    </message>
    <message>
        <source>The calendar server refused the login for {url} (user name or password).</source>
        <translation>カレンダーサーバー {url} へのログインが拒否されました（ユーザー名またはパスワードをご確認ください）。</translation>
    </message>
    <message>
        <source>The calendar {url} does not exist and could not be created (HTTP {status}).</source>
        <translation>カレンダー {url} が存在せず、作成もできませんでした（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Updated: {title}</source>
        <translation>更新: {title}</translation>
    </message>
    <message>
        <source>create the calendar</source>
        <translation>カレンダーの作成</translation>
    </message>
    <message>
        <source>list the calendar</source>
        <translation>カレンダーの一覧取得</translation>
    </message>
    <message>
        <source>read an ETag</source>
        <translation>ETag の取得</translation>
    </message>
    <message>
        <source>remove an entry</source>
        <translation>項目の削除</translation>
    </message>
    <message>
        <source>store “{title}”</source>
        <translation>「{title}」の保存</translation>
    </message>
    <message>
        <source>the entry {name}</source>
        <translation>項目 {name}</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged</source>
        <translation>追加 {added} 件、更新 {updated} 件、削除 {removed} 件、変更なし {unchanged} 件</translation>
    </message>
    <message>
        <source>{head}, {count} changed on the server (not overwritten)</source>
        <translation>{head}、サーバー上で変更済み {count} 件（上書きしていません）</translation>
    </message>
    <message>
        <source>{label} could not be removed (HTTP {status}).</source>
        <translation>{label}を削除できませんでした（HTTP {status}）。</translation>
    </message>
    <message>
        <source>{label} was changed on the server by someone else; it is not removed.</source>
        <translation>{label}はサーバー上で他の人が変更したため、削除していません。</translation>
    </message>
    <message>
        <source>{url} is not a calendar address (http:// or https://).</source>
        <translation>{url} はカレンダーのアドレスではありません（http:// または https:// で始めてください）。</translation>
    </message>
    <message>
        <source>{url} is not a calendar the server lets us list (HTTP {status}).</source>
        <translation>{url} は一覧を取得できるカレンダーではありません（HTTP {status}）。</translation>
    </message>
    <message>
        <source>“{title}” already exists on the server, made elsewhere; it is not overwritten.</source>
        <translation>「{title}」は他で作成されたものがサーバー上に既にあるため、上書きしていません。</translation>
    </message>
    <message>
        <source>“{title}” changed here and was also changed on the server by someone else; theirs is not overwritten.</source>
        <translation>「{title}」はこちらで変更しましたが、サーバー上でも他の人が変更しています。その変更は上書きしていません。</translation>
    </message>
    <message>
        <source>“{title}” changed here but was removed on the server by someone else; it is not put back.</source>
        <translation>「{title}」はこちらで変更しましたが、サーバー上で他の人が削除しています。元に戻していません。</translation>
    </message>
    <message>
        <source>“{title}” could not be stored (HTTP {status}).</source>
        <translation>「{title}」を保存できませんでした（HTTP {status}）。</translation>
    </message>
    <message>
        <source>“{title}” was changed on the server by someone else; their change is kept.</source>
        <translation>「{title}」はサーバー上で他の人が変更しました。その変更をそのまま残しています。</translation>
    </message>
    <message>
        <source>“{title}” was removed from the calendar on the server by someone else; it is not put back.</source>
        <translation>「{title}」はサーバー上のカレンダーから他の人が削除しました。元に戻していません。</translation>
    </message>
    <message>
        <source>{head}, {count} failed</source>
        <translation>{head}、失敗 {count} 件</translation>
    </message>
    <message>
        <source>{text}.</source>
        <translation>{text}。</translation>
    </message>
    <message>
        <source> (“{comment}”)</source>
        <translation>（「{comment}」）</translation>
    </message>
    <message>
        <source>Changed: {what}</source>
        <translation>変更: {what}</translation>
    </message>
    <message>
        <source>Ignored ({source}): {what}</source>
        <translation>無視（{source}）: {what}</translation>
    </message>
    <message>
        <source>Unchanged: {what}</source>
        <translation>変更なし: {what}</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>欠席</translation>
    </message>
    <message>
        <source>needs action</source>
        <translation>回答待ち</translation>
    </message>
    <message>
        <source>needs re-confirmation</source>
        <translation>再確認待ち</translation>
    </message>
    <message>
        <source>no event with UID {uid} is known (deleted, or from another programme).</source>
        <translation>UID {uid} の行事は見つかりません（削除されたか、別の日程のものです）。</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>仮</translation>
    </message>
    <message>
        <source>{email} is not an attendee of “{title}”.</source>
        <translation>{email} は「{title}」の出席者ではありません。</translation>
    </message>
    <message>
        <source>{name} for “{title}”</source>
        <translation>{name}（「{title}」）</translation>
    </message>
    <message>
        <source>{who}: still {new}{said}.</source>
        <translation>{who}: 引き続き{new}{said}。</translation>
    </message>
    <message>
        <source>{who}: the answer {answer} is not one the programme records.</source>
        <translation>{who}: 回答 {answer} はこの日程で記録できる回答ではありません。</translation>
    </message>
    <message>
        <source>{who}: the event is cancelled.</source>
        <translation>{who}: 行事は中止されています。</translation>
    </message>
    <message>
        <source>{who}: the reply answers an earlier version of the invite (SEQUENCE {sent}; the event has changed since, now {now}).</source>
        <translation>{who}: 招待状の以前の版への回答です（SEQUENCE {sent}。行事はその後変更され、現在は {now}）。</translation>
    </message>
    <message>
        <source>{who}: {old} → {new}{said}.</source>
        <translation>{who}: {old} → {new}{said}。</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> ほか {count} 件</translation>
    </message>
    <message>
        <source>Imported 1 person</source>
        <translation>1 名を取り込みました</translation>
    </message>
    <message>
        <source>Imported {count} people</source>
        <translation>{count} 名を取り込みました</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>{line} 行目: {problem}</translation>
    </message>
    <message>
        <source>{head} Created 1 organisation: {names}{more}.</source>
        <translation>{head}組織を 1 件作成しました: {names}{more}。</translation>
    </message>
    <message>
        <source>{head} Created {count} organisations: {names}{more}.</source>
        <translation>{head}組織を {count} 件作成しました: {names}{more}。</translation>
    </message>
    <message>
        <source>{head} Skipped 1 row with problems:</source>
        <translation>{head}問題のある 1 行は取り込みませんでした:</translation>
    </message>
    <message>
        <source>{head} Skipped {count} rows with problems:</source>
        <translation>{head}問題のある {count} 行は取り込みませんでした:</translation>
    </message>
    <message>
        <source>{head} into the delegation {delegation}</source>
        <translation>{head}（代表団: {delegation}）</translation>
    </message>
    <message>
        <source>E-mail address {email!r} is also on line {first}.</source>
        <translation>メールアドレス「{email}」は {first} 行目にもあります。</translation>
    </message>
    <message>
        <source>E-mail address {email!r} already belongs to {owner}.</source>
        <translation>メールアドレス「{email}」は既に{owner}のアドレスとして登録されています。</translation>
    </message>
    <message>
        <source>line {line}: the organisation {name!r} was deleted after the file was checked.</source>
        <translation>{line} 行目: 組織「{name}」はファイルの確認後に削除されました。</translation>
    </message>
    <message>
        <source>Nothing was imported: the database changed after the file was checked. Check the file again:</source>
        <translation>ファイルの確認後にデータベースが変更されたため、何も取り込みませんでした。ファイルをもう一度確認してください：</translation>
    </message>
    <message>
        <source>{name} is damaged UTF-16 text: line {line} is cut off or holds bytes that are not text. Nothing was imported; save the file again (in Excel as “CSV UTF-8 (comma delimited)”) and try again.</source>
        <translation>{name}は破損した UTF-16 のテキストです。{line} 行目が途中で切れているか、文字ではないバイトが含まれています。何も取り込まれませんでした。ファイルを保存し直して（Excel では「CSV UTF-8 (コンマ区切り)」形式で）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (the first unreadable byte is on line {line}). In Excel, save it as “CSV UTF-8 (comma delimited)” and try again.</source>
        <translation>{name}は UTF-8 のテキストではありません（読み取れない最初のバイトは {line} 行目にあります）。Excel で「CSV UTF-8 (コンマ区切り)」形式で保存し直して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>There is no file {name}.</source>
        <translation>ファイル{name}が見つかりません。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a CSV file.</source>
        <translation>{name}はフォルダーです。CSV ファイルではありません。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name}を読み取れません（{reason}）。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name}は空です。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {problem}</source>
        <translation>{name}を読み取れません。{problem}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: line 1 names a column twice.</source>
        <translation>{name}からは何も取り込まれませんでした。1 行目で同じ項目の列が 2 つ指定されています。</translation>
    </message>
    <message>
        <source>{name} has no column of family names. Name one column {expected} (other columns: “Given name”, “Japanese name”, “Title”, “Position”, “Organisation”, “E-mail”, “Phone”, “Nationality”, “Dietary”, “Accessibility”, “Notes”). The headers found were: {headers}.</source>
        <translation>{name}には姓の列がありません。いずれかの列の見出しを {expected} のどれかにしてください（そのほかの列の見出し: “Given name”（名）、“Japanese name”（日本語表記）、“Title”（敬称）、“Position”（役職）、“Organisation”（所属）、“E-mail”（メールアドレス）、“Phone”（電話番号）、“Nationality”（国籍）、“Dietary”（食事制限）、“Accessibility”（配慮事項）、“Notes”（メモ））。見つかった見出し: {headers}。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>line 1: columns {first} (“{first_header}”) and {second} (“{second_header}”) both give the {field}; keep one of them.</source>
        <translation>1 行目: {first} 列目（「{first_header}」）と {second} 列目（「{second_header}」）がどちらも{field}の列です。どちらか一方だけを残してください。</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>name japanese</source>
        <translation>日本語表記</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <source>dietary</source>
        <translation>食事制限</translation>
    </message>
    <message>
        <source>accessibility</source>
        <translation>配慮事項</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>line {start}: a quoted field opens here and its closing quote is missing, so it runs on into the following lines (up to line {end}). Nothing was imported; close the quote (or remove it) and try again.</source>
        <translation>{start} 行目: 引用符で始まるセルの閉じ引用符がないため、セルが後の行（{end} 行目まで）に続いてしまっています。何も取り込まれませんでした。引用符を閉じるか削除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>line {start}: a quoted field is followed by more text before the next delimiter. Nothing was imported; put the whole cell in quotes and double the quotes inside it.</source>
        <translation>{start} 行目: 引用符で囲まれたセルの後、次の区切り文字までの間に文字が続いています。何も取り込まれませんでした。セル全体を引用符で囲み、セル内の引用符は 2 つ重ねてください。</translation>
    </message>
    <message>
        <source>The row has {cells} cells but line 1 names only {columns} columns (beyond them: {extra}{more}); a delimiter inside a cell needs quotes around the cell.</source>
        <translation>この行にはセルが {cells} 個ありますが、1 行目の見出しは {columns} 列分しかありません（超えた分: {extra}{more}）。区切り文字を含むセルは引用符で囲んでください。</translation>
    </message>
    <message>
        <source>apply schedule</source>
        <translation>日程案の適用</translation>
    </message>
    <message>
        <source>change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>import of people</source>
        <translation>人物の取り込み</translation>
    </message>
    <message>
        <source>migration from version {version}</source>
        <translation>バージョン {version} からの更新</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>the sample programme</source>
        <translation>サンプル日程の読み込み</translation>
    </message>
    <message>
        <source>{when} UTC — before {reason} ({size})</source>
        <translation>{when} UTC — {reason}の前（{size}）</translation>
    </message>
    <message>
        <source> Did you mean “{name}”?</source>
        <translation>「{name}」のことですか？</translation>
    </message>
    <message>
        <source>Requester “{given}” is not an organisation in the programme.{meant}</source>
        <translation>希望元「{given}」は日程に登録された団体ではありません。{meant}</translation>
    </message>
    <message>
        <source>The requester is missing.</source>
        <translation>希望元が入力されていません。</translation>
    </message>
    <message>
        <source>Target “{given}” is neither an organisation in the programme nor the e-mail of a person in it.{meant}</source>
        <translation>面談相手「{given}」は日程に登録された団体でも、登録された人物のメールアドレスでもありません。{meant}</translation>
    </message>
    <message>
        <source>The target is missing.</source>
        <translation>面談相手が入力されていません。</translation>
    </message>
    <message>
        <source>Priority “{given}” is not one of must, should, could or no.</source>
        <translation>優先度「{given}」は must、should、could、no のいずれでもありません。</translation>
    </message>
    <message>
        <source>Duration “{given}” is not a number of minutes between 10 and 600.</source>
        <translation>所要時間「{given}」は 10～600 の分数ではありません。</translation>
    </message>
    <message>
        <source>Interpreter “{given}” is not yes, no or a language pair such as ja-en.</source>
        <translation>通訳「{given}」は yes、no、または ja-en のような言語の組ではありません。</translation>
    </message>
    <message>
        <source>Venue “{given}” is not a venue in the programme.</source>
        <translation>会場「{given}」は日程に登録された会場ではありません。</translation>
    </message>
    <message>
        <source>“Not after” is not later than “Not before”.</source>
        <translation>「Not after」（終了期限）が「Not before」（開始可能時刻）より後になっていません。</translation>
    </message>
    <message>
        <source>Attendee “{given}” is not the e-mail of a person in the programme.</source>
        <translation>出席者「{given}」は日程に登録された人物のメールアドレスではありません。</translation>
    </message>
    <message>
        <source>An organisation cannot ask to meet itself.</source>
        <translation>団体が自分自身との面談を希望することはできません。</translation>
    </message>
    <message>
        <source>There is nothing to import: the file has no rows of requests.</source>
        <translation>取り込むものがありません。ファイルに面談希望の行がありません。</translation>
    </message>
    <message>
        <source>Nothing was imported: {bad} of {count} row has problems. Correct them, or import only the valid rows.</source>
        <translation>何も取り込まれませんでした。{count} 行中 {bad} 行に問題があります。修正するか、有効な行だけを取り込んでください。</translation>
    </message>
    <message>
        <source>Nothing was imported: {bad} of {count} rows have problems. Correct them, or import only the valid rows.</source>
        <translation>何も取り込まれませんでした。{count} 行中 {bad} 行に問題があります。修正するか、有効な行だけを取り込んでください。</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file ({reason}).</source>
        <translation>{name}は CSV ファイルとして読み取れません（{reason}）。</translation>
    </message>
    <message>
        <source>{name} has no column {wanted}. Name the columns “Requester”, “Target”, “Priority”, “Duration”, and optionally “Interpreter”, “Venue”, “Not before”, “Not after”, “Attendees”, “Notes”. The headers found were: {headers}.</source>
        <translation>{name}には {wanted} の列がありません。列の見出しは “Requester”（希望元）、“Target”（面談相手）、“Priority”（優先度）、“Duration”（所要時間）とし、必要に応じて “Interpreter”（通訳）、“Venue”（会場）、“Not before”（開始可能時刻）、“Not after”（終了期限）、“Attendees”（出席者）、“Notes”（メモ）の列も加えてください。見つかった見出し: {headers}。</translation>
    </message>
    <message>
        <source>{name} cannot be read after line {line}: {reason}.</source>
        <translation>{name}の {line} 行目より後を読み取れません（{reason}）。</translation>
    </message>
    <message>
        <source>field larger than field limit ({limit})</source>
        <translation>セルの長さが上限の {limit} 文字を超えています</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>ファイルまたはフォルダーが見つかりません</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>アクセス権がありません</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>この操作は許可されていません</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>フォルダーではありません</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>フォルダーが空ではありません</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>ディスクの空き容量が不足しています</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>ディスク使用量の上限を超えています</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>読み取り専用のファイルシステムです</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>同じ名前のファイルがすでにあります</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>ファイル名が長すぎます</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>シンボリックリンクの階層が深すぎます</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>入出力エラーが発生しました</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>デバイスまたはリソースが使用中です</translation>
    </message>
    <message>
        <source>Text file busy</source>
        <translation>ファイルが実行中のため使用できません</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>開いているファイルが多すぎます</translation>
    </message>
    <message>
        <source>No such device or address</source>
        <translation>デバイスまたはアドレスが見つかりません</translation>
    </message>
    <message>
        <source>No such device</source>
        <translation>デバイスが見つかりません</translation>
    </message>
    <message>
        <source>Stale file handle</source>
        <translation>ファイルへの参照が無効になっています</translation>
    </message>
    <message>
        <source>Invalid cross-device link</source>
        <translation>別のドライブへは移動できません</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>接続が相手側からリセットされました</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>接続が中断されました</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>ホストへの経路がありません</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>ネットワークに接続できません</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>通信相手との接続が切れました</translation>
    </message>
    <message>
        <source>Name or service not known</source>
        <translation>ホスト名が見つかりません</translation>
    </message>
    <message>
        <source>Temporary failure in name resolution</source>
        <translation>ホスト名を一時的に解決できません</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
    <message>
        <source>No reply was imported, because:</source>
        <translation>次の理由により、回答は 1 件も取り込まれませんでした:</translation>
    </message>
    <message>
        <source>{name}: too large to be a reply.</source>
        <translation>{name}: 回答のファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: 読み取れません（{reason}）。</translation>
    </message>
    <message>
        <source>{source} is not a calendar reply: {problem}</source>
        <translation>{source}はカレンダーの回答ではありません。{problem}</translation>
    </message>
    <message>
        <source>it cannot be read as iCalendar ({reason}).</source>
        <translation>iCalendar として読み取れません（{reason}）。</translation>
    </message>
    <message>
        <source>it holds no calendar.</source>
        <translation>カレンダーが含まれていません。</translation>
    </message>
    <message>
        <source>it holds a {name} instead of a VCALENDAR.</source>
        <translation>VCALENDAR ではなく {name} が含まれています。</translation>
    </message>
    <message>
        <source>its METHOD is {method}, not REPLY.</source>
        <translation>METHOD が REPLY ではなく {method} です。</translation>
    </message>
    <message>
        <source>its METHOD is missing, not REPLY.</source>
        <translation>METHOD がありません（REPLY である必要があります）。</translation>
    </message>
    <message>
        <source>it has damaged properties ({error}).</source>
        <translation>壊れたプロパティがあります（{error}）。</translation>
    </message>
    <message>
        <source>an entry has no UID.</source>
        <translation>UID のない項目があります。</translation>
    </message>
    <message>
        <source>its SEQUENCE is not a number.</source>
        <translation>SEQUENCE が数値ではありません。</translation>
    </message>
    <message>
        <source>an entry names no attendee.</source>
        <translation>出席者（ATTENDEE）のない項目があります。</translation>
    </message>
    <message>
        <source>the attendee {attendee} has no e-mail address.</source>
        <translation>出席者 {attendee} にメールアドレスがありません。</translation>
    </message>
    <message>
        <source>{email} gives no answer (PARTSTAT).</source>
        <translation>{email} の回答（PARTSTAT）がありません。</translation>
    </message>
    <message>
        <source>it holds no reply to an event.</source>
        <translation>行事への回答が含まれていません。</translation>
    </message>
    <message>
        <source>its DTSTAMP ({date}) is outside the years {first}–{last}.</source>
        <translation>DTSTAMP（{date}）が {first}～{last} 年の範囲外です。</translation>
    </message>
    <message>
        <source>The database {name} is damaged and cannot be read. It has not been changed; restore it from a backup.</source>
        <translation>データベース {name} は破損しているため読み取れません。ファイルは変更していません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The database {name} is in use by another program (it is locked). Close the other program or wait a moment, then try again.</source>
        <translation>データベース {name} は別のプログラムが使用中です（ロックされています）。そのプログラムを閉じるか、しばらく待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The database {name} is read-only, so changes cannot be saved. Check the file&apos;s permissions or copy it somewhere you can write.</source>
        <translation>データベース {name} は読み取り専用のため、変更を保存できません。ファイルのアクセス権を確認するか、書き込める場所にコピーしてください。</translation>
    </message>
    <message>
        <source>The disk holding {name} is full; free some space and try again.</source>
        <translation>{name} があるディスクの空き容量がありません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{name} is not a Delegation Desk database.</source>
        <translation>{name} は Delegation Desk のデータベースではありません。</translation>
    </message>
    <message>
        <source>The database {name} cannot be opened ({reason}). Check that the folder exists and that you may write to it.</source>
        <translation>データベース {name} を開けません（{reason}）。フォルダーが存在し、書き込みの権限があることを確認してください。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} はフォルダーです。データベースファイルではありません。</translation>
    </message>
    <message>
        <source>{path} is not a Delegation Desk database (it is not an SQLite file). It has not been changed.</source>
        <translation>{path} は Delegation Desk のデータベースではありません（SQLite ファイルではありません）。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not a Delegation Desk database. It has not been changed.</source>
        <translation>{path} は別のプログラムの SQLite データベースで、Delegation Desk のデータベースではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Delegation Desk (schema {version}; this version knows up to {latest}). Update Delegation Desk to open it; the file has not been changed.</source>
        <translation>{path} は新しいバージョンの Delegation Desk で保存されています（スキーマ {version}。このバージョンが扱えるのは {latest} までです）。開くには Delegation Desk を更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>フォルダー {path} がありません。</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path} にデータベースがありません。</translation>
    </message>
    <message>
        <source>{path} holds no programme yet (it is empty). It has not been changed.</source>
        <translation>{path} にはまだ日程がありません（空のファイルです）。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>{message} It has not been changed.</source>
        <translation>{message}ファイルは変更していません。</translation>
    </message>
    <message>
        <source>There is no {what}.</source>
        <translation>{what}が見つかりません。</translation>
    </message>
    <message>
        <source>There is no {what} with id {key}.</source>
        <translation>ID {key} の{what}は見つかりません。</translation>
    </message>
    <message>
        <source>There is no {what} with id {key} (deleted elsewhere?).</source>
        <translation>ID {key} の{what}は見つかりません（別の場所で削除された可能性があります）。</translation>
    </message>
    <message>
        <source>The {what} “{name}” no longer exists: it was deleted elsewhere.</source>
        <translation>{what}「{name}」はもうありません。別の場所で削除されました。</translation>
    </message>
    <message>
        <source>event</source>
        <translation>行事</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>贈答品</translation>
    </message>
    <message>
        <source>meeting request</source>
        <translation>面談希望</translation>
    </message>
    <message>
        <source>availability window</source>
        <translation>都合の時間帯</translation>
    </message>
    <message>
        <source>such person</source>
        <translation>該当する人物</translation>
    </message>
    <message>
        <source>such organisation</source>
        <translation>該当する団体</translation>
    </message>
    <message>
        <source>such delegation</source>
        <translation>該当する代表団</translation>
    </message>
    <message>
        <source>such venue</source>
        <translation>該当する会場</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Delegation Desk; it has not been changed.</source>
        <translation>{path} は新しいバージョンの Delegation Desk で保存されています。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>This SQLite build cannot enforce foreign keys.</source>
        <translation>この SQLite では外部キー制約を有効にできません。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the backup.</source>
        <translation>{path} はフォルダーです。バックアップのファイル名を指定してください。</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, a pipe or a socket); give the name of a new or ordinary file.</source>
        <translation>{path} は通常のファイルではありません（デバイス、パイプ、ソケットなど）。新しいファイルか通常のファイルの名前を指定してください。</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose another file.</source>
        <translation>{path} はデータベースそのものです。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The plan has no seat {seat}.</source>
        <translation>席次表に席 {seat} がありません。</translation>
    </message>
    <message>
        <source>There is no conflict with id {id}.</source>
        <translation>競合 {id} 番は見つかりません（すでに解決された可能性があります）。</translation>
    </message>
    <message>
        <source>The record of this conflict is no longer in this file.</source>
        <translation>この競合の記録はもうこのファイルにありません。</translation>
    </message>
    <message>
        <source>{path} cannot be created: {reason}.</source>
        <translation>{path} を作成できません: {reason}。</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}.</source>
        <translation>バックアップ {path} を書き込めません: {reason}。</translation>
    </message>
    <message>
        <source>No snapshot of {path} could be kept before {reason}, so nothing was done: {problem}</source>
        <translation>{reason}の前に {path} のスナップショットを保存できなかったため、何も行っていません。{problem}</translation>
    </message>
    <message>
        <source>No snapshot of {path} could be kept before {reason}, so nothing was done: {problem} ({where}).</source>
        <translation>{reason}の前に {path} のスナップショットを保存できなかったため、何も行っていません。{problem}（{where}）。</translation>
    </message>
    <message>
        <source>Joining makes a new copy of the team&apos;s programme, but this file already holds a programme; join with a new file (--db NEW.db).</source>
        <translation>チームに参加すると、チームの日程の写しが新しく作られますが、このファイルにはすでに日程があります。新しいファイルで参加してください（--db NEW.db）。</translation>
    </message>
    <message>
        <source>No secure connection to {server} ({text}). The URL&apos;s sslmode asks for TLS (require) or for a certificate this computer trusts (verify-ca, verify-full, with sslrootcert naming the embassy&apos;s certificate).</source>
        <translation>{server} と安全な接続ができません（{text}）。URL の sslmode が TLS（require）か、このコンピューターが信頼する証明書（verify-ca、verify-full。sslrootcert で大使館の証明書を指定）を求めています。</translation>
    </message>
    <message>
        <source>Only the lead who created the team&apos;s programme may upgrade it (your account may not change its format).</source>
        <translation>チームの日程を更新できるのは、それを作成したリーダーだけです（あなたのアカウントでは形式を変更できません）。</translation>
    </message>
    <message>
        <source>Only the team&apos;s lead may add members.</source>
        <translation>メンバーを追加できるのはチームのリーダーだけです。</translation>
    </message>
    <message>
        <source>Only the team&apos;s lead may upgrade the team&apos;s programme.</source>
        <translation>チームの日程を更新できるのはチームのリーダーだけです。</translation>
    </message>
    <message>
        <source>Say which to keep: --keep mine, --keep theirs, or give --value.</source>
        <translation>どちらを残すか指定してください（--keep mine、--keep theirs、または --value で値を指定）。</translation>
    </message>
    <message>
        <source>The record cannot be deleted: other records in this file still use it. Remove those first, then decide again.</source>
        <translation>この記録は削除できません。このファイルの他の記録がまだ使用しています。先にそれらを削除してから、もう一度決めてください。</translation>
    </message>
    <message>
        <source>The server URL names no database; write it as postgresql://user@host:port/database.</source>
        <translation>サーバーの URL にデータベース名がありません。postgresql://user@host:port/database の形で入力してください。</translation>
    </message>
    <message>
        <source>The server URL names no user; write it as postgresql://user@host:port/database.</source>
        <translation>サーバーの URL にユーザー名がありません。postgresql://user@host:port/database の形で入力してください。</translation>
    </message>
    <message>
        <source>The server database holds no team programme (run &apos;team create&apos; on an empty database first).</source>
        <translation>サーバーのデータベースにチームの日程がありません（先に空のデータベースで「team create」を実行してください）。</translation>
    </message>
    <message>
        <source>The server database {database} is not empty; a team starts on an empty database (ask the embassy&apos;s database administrator for a new one).</source>
        <translation>サーバーのデータベース {database} は空ではありません。チームは空のデータベースで始めます（大使館のデータベース管理者に新しいデータベースを依頼してください）。</translation>
    </message>
    <message>
        <source>The server has no such database or user ({text}).</source>
        <translation>サーバーにそのデータベースまたはユーザーがありません（{text}）。</translation>
    </message>
    <message>
        <source>The server refused the login for {server} ({text}). Put the password in PGPASSWORD or your system keyring.</source>
        <translation>サーバーが {server} のログインを拒否しました（{text}）。パスワードを PGPASSWORD かシステムのキーリングに設定してください。</translation>
    </message>
    <message>
        <source>The team&apos;s programme is kept in a newer format ({found}) than this version of Delegation Desk writes ({ours}). Update Delegation Desk, then sync; nothing was sent or received, and your changes wait in this file.</source>
        <translation>チームの日程は、このバージョンの Delegation Desk が書き込む形式（{ours}）より新しい形式（{found}）で保存されています。Delegation Desk を更新してから同期してください。何も送受信していません。あなたの変更はこのファイルに残っています。</translation>
    </message>
    <message>
        <source>The team&apos;s programme is kept in an older format ({found}) than this version of Delegation Desk writes ({ours}), which shares more of the programme. The team&apos;s lead upgrades it once with &apos;team upgrade&apos; (every member then needs this version); nothing was sent or received, and your changes wait in this file.</source>
        <translation>チームの日程は、このバージョンの Delegation Desk が書き込む形式（{ours}。共有する内容がより多い形式）より古い形式（{found}）で保存されています。チームのリーダーが「team upgrade」で一度更新してください（その後はメンバー全員にこのバージョンが必要です）。何も送受信していません。あなたの変更はこのファイルに残っています。</translation>
    </message>
    <message>
        <source>The team&apos;s server cannot be reached ({text}).</source>
        <translation>チームのサーバーに接続できません（{text}）。</translation>
    </message>
    <message>
        <source>This file already belongs to a team ({server}).</source>
        <translation>このファイルはすでにチームに属しています（{server}）。</translation>
    </message>
    <message>
        <source>This file does not belong to a team: make it the team&apos;s programme with &apos;team create&apos;, or start a copy of a team&apos;s programme with &apos;team join&apos;.</source>
        <translation>このファイルはチームに属していません。「team create」でこのファイルの日程をチームの日程にするか、「team join」でチームの日程の写しを作成してください。</translation>
    </message>
    <message>
        <source>Your role in the team may only read the shared programme, so your changes cannot be sent; they wait in this file.</source>
        <translation>チームでのあなたの役割は共有の日程を閲覧するだけなので、変更を送信できません。変更はこのファイルに残っています。</translation>
    </message>
    <message>
        <source>Your server account is not a member of this team; ask the lead to add you (&apos;team add-member&apos;).</source>
        <translation>あなたのサーバーアカウントはこのチームのメンバーではありません。リーダーに追加を依頼してください（「team add-member」）。</translation>
    </message>
    <message>
        <source>{role} is not a team role (lead, coordinator, staff or printer).</source>
        <translation>{role} はチームの役割ではありません（lead、coordinator、staff、printer のいずれかです）。</translation>
    </message>
    <message>
        <source>{url!r} is not a PostgreSQL connection URL; write it as postgresql://user@host:port/database.</source>
        <translation>{url!r} は PostgreSQL の接続 URL ではありません。postgresql://user@host:port/database の形で入力してください。</translation>
    </message>
    <message>
        <source>{user!r} is not a usable account name: letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, at most 63 characters.</source>
        <translation>{user!r} はアカウント名として使えません。使えるのは英字、数字、「.」「-」「_」で、63 文字までです。</translation>
    </message>
    <message>
        <source>The password could not be kept in the system&apos;s keyring ({reason}). It will be asked for each time instead.</source>
        <translation>パスワードをシステムのキーリングに保存できませんでした（{reason}）。今後は毎回パスワードを入力していただきます。</translation>
    </message>
    <message>
        <source>No password for {user} on {host}: set {env_var}, or keep it in the system&apos;s keyring (the window&apos;s Preferences can).</source>
        <translation>{host} の {user} のパスワードがありません。{env_var} を設定するか、システムのキーリングに保存してください（ウィンドウの「設定」で保存できます）。</translation>
    </message>
    <message>
        <source>There is nobody to import: the file has no rows of people.</source>
        <translation>取り込む人がいません。ファイルに人物の行がありません。</translation>
    </message>
    <message>
        <source>There is no delegation named {name!r} (delegations: {names}); nothing was imported.</source>
        <translation>{name!r} という代表団はありません（登録されている代表団: {names}）。何も取り込まれませんでした。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>A piece of text is too long to fit on one page of the pack (for example a very long note in a table); shorten it and print again.</source>
        <translation>ブリーフィング資料の 1 ページに収まらない長さの文があります（表の中の非常に長いメモなど）。短くしてから印刷し直してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {reason}.</source>
        <translation>フォルダー {path} を作成できません: {reason}。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was written.</source>
        <translation>{path} に書き込めません: {reason}。何も書き出していません。</translation>
    </message>
    <message>
        <source>The font for briefing packs ({name}) is missing or damaged; reinstall Delegation Desk.</source>
        <translation>ブリーフィング資料用のフォント（{name}）が見つからないか壊れています。Delegation Desk を再インストールしてください。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} はフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} はフォルダーではありません。</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, a pipe or a socket); give the name of a new or ordinary file. Nothing was written.</source>
        <translation>{path} は通常のファイルではありません（デバイス、パイプまたはソケット）。新しいファイルか通常のファイルの名前を指定してください。何も書き出していません。</translation>
    </message>
    <message>
        <source>“{title}” has no organiser with an e-mail address; choose an organiser in the event before sending invites.</source>
        <translation>「{title}」にはメールアドレスのある主催者がいません。招待状を送る前に、行事の主催者を選んでください。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Delegation Desk ran into a problem it did not expect.

Your data is safe: every change was saved to the database the moment you made it. You can keep working, or restart the program.</source>
        <translation>Delegation Desk で予期しない問題が発生しました。

データは安全です。すべての変更は行った時点でデータベースに保存されています。このまま作業を続けるか、プログラムを再起動してください。</translation>
    </message>
    <message>
        <source>The details were also saved to {path}.</source>
        <translation>詳細は {path} にも保存されました。</translation>
    </message>
    <message>
        <source>Please send the details below to whoever supports you.</source>
        <translation>以下の詳細をサポート担当者に送ってください。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>Cannot delete the person</source>
        <extracomment>What each dialog&apos;s title says, by the kind of record.</extracomment>
        <translation>人物を削除できません</translation>
    </message>
    <message>
        <source>Delete the person?</source>
        <translation>人物を削除しますか？</translation>
    </message>
    <message>
        <source>Cannot delete the organisation</source>
        <translation>組織を削除できません</translation>
    </message>
    <message>
        <source>Delete the organisation?</source>
        <translation>組織を削除しますか？</translation>
    </message>
    <message>
        <source>Cannot delete the venue</source>
        <translation>会場を削除できません</translation>
    </message>
    <message>
        <source>Delete the venue?</source>
        <translation>会場を削除しますか？</translation>
    </message>
    <message>
        <source>Cannot delete the delegation</source>
        <translation>代表団を削除できません</translation>
    </message>
    <message>
        <source>Delete the delegation?</source>
        <translation>代表団を削除しますか？</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation>行事を削除できません</translation>
    </message>
    <message>
        <source>Cannot delete the record</source>
        <translation>削除できません</translation>
    </message>
    <message>
        <source>Delete the record?</source>
        <translation>削除しますか？</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>この項目</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted yet:</source>
        <translation>「{name}」はまだ削除できません:</translation>
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
        <source>Delete “{name}”? This also changes the programme:</source>
        <translation>「{name}」を削除しますか？日程も次のように変わります:</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Delete the event?</source>
        <translation>行事を削除しますか？</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 名</translation>
    </message>
    <message>
        <source>%n people</source>
        <translation>%n 名</translation>
    </message>
    <message>
        <source>its attendees</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Delete an event already sent?</source>
        <translation>送付済みの行事を削除しますか？</translation>
    </message>
    <message>
        <source>Invitations for “{title}” were sent to {people}.</source>
        <translation>「{title}」の招待状は{people}に送付済みです。</translation>
    </message>
    <message>
        <source>It is cancelled: export its cancellation before deleting it, or attendees keep it in their calendars. Delete it anyway, or keep it?</source>
        <translation>この行事は中止されています。削除する前に中止の通知を書き出してください。そうしないと出席者のカレンダーに残ります。それでも削除しますか、それとも残しますか？</translation>
    </message>
    <message>
        <source>Invitations for this event were sent to {people}. Cancel it instead (attendees get a cancellation), delete it anyway, or keep it?</source>
        <translation>この行事の招待状は{people}に送付済みです。代わりに中止にしますか（出席者に中止の通知が届きます）、それでも削除しますか、それとも残しますか？</translation>
    </message>
    <message>
        <source>A deleted event cannot be cancelled in the attendees&apos; calendars: it stays there.</source>
        <translation>削除した行事は出席者のカレンダー上で中止にできず、そのまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Cancel the event</source>
        <translation>行事を中止(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete anyway</source>
        <translation>それでも削除(&amp;D)</translation>
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
        <source>Kind</source>
        <translation>種類</translation>
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
        <source>(no venue)</source>
        <translation>（会場なし）</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>(whole venue)</source>
        <translation>（会場全体）</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
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
        <source>Start</source>
        <extracomment>A time field&apos;s and its echo&apos;s accessible names, by what the field holds.</extracomment>
        <translation>開始</translation>
    </message>
    <message>
        <source>Start in both zones</source>
        <translation>開始日時（両方の時間帯）</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>End in both zones</source>
        <translation>終了日時（両方の時間帯）</translation>
    </message>
    <message>
        <source>Pick the date and time from a calendar</source>
        <extracomment>How the core&apos;s problems name each time field (&quot;Start &apos;10:7x&apos; is not …&quot;).</extracomment>
        <translation>カレンダーから日付と時刻を選択</translation>
    </message>
    <message>
        <source>Pick the date and time</source>
        <translation>日付と時刻を選択</translation>
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
        <extracomment>Free/busy beside each name in the picker and each room in the room list.</extracomment>
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
        <source>Show</source>
        <extracomment>``build(programme, log, progress, cancel) -&gt; ExportResult``, run on the worker thread.</extracomment>
        <translation>表示</translation>
    </message>
    <message>
        <source>Choose an event</source>
        <translation>行事を選択してください</translation>
    </message>
    <message>
        <source>Choose an event in the programme or the events list first.</source>
        <translation>先に日程または行事一覧で行事を選択してください。</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダーファイル (*.ics)</translation>
    </message>
    <message>
        <source>This export could not be recorded in the database&apos;s history (a later “changed since last export” will include it again): {reason}</source>
        <translation>この書き出しをデータベースの履歴に記録できませんでした（次回の「前回の書き出し以降の変更」に再び含まれます）: {reason}</translation>
    </message>
    <message>
        <source>… and {n} more.</source>
        <translation>… ほか {n} 件。</translation>
    </message>
    <message>
        <source>Wrote %n calendar file(s)</source>
        <translation>カレンダーファイルを %n 件書き出しました</translation>
    </message>
    <message>
        <source>{wrote} {about}.</source>
        <translation>{wrote}{about}。</translation>
    </message>
    <message>
        <source>{wrote}.</source>
        <translation>{wrote}。</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>何も書き出されませんでした。</translation>
    </message>
    <message>
        <source>Folder for the invitations (one file per attendee)</source>
        <translation>招待状の保存先フォルダー（出席者ごとに1ファイル）</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>招待状を保存</translation>
    </message>
    <message>
        <source>Invitations written</source>
        <translation>招待状を書き出しました</translation>
    </message>
    <message>
        <source>Writing invitations…</source>
        <translation>招待状を書き出しています…</translation>
    </message>
    <message>
        <source>for “{title}”</source>
        <translation>（「{title}」）</translation>
    </message>
    <message>
        <source>Folder for the changed invitations</source>
        <translation>変更分の招待状の保存先フォルダー</translation>
    </message>
    <message>
        <source>Changed invitations</source>
        <translation>変更分の招待状</translation>
    </message>
    <message>
        <source>Writing the changed invitations…</source>
        <translation>変更分の招待状を書き出しています…</translation>
    </message>
    <message>
        <source>for what changed since the last export</source>
        <translation>（前回の書き出し以降の変更分）</translation>
    </message>
    <message>
        <source>Delegation briefing pack</source>
        <translation>代表団のブリーフィング資料</translation>
    </message>
    <message>
        <source>Delegation:</source>
        <translation>代表団:</translation>
    </message>
    <message>
        <source>There are no delegations yet. Add one on the Delegations page.</source>
        <translation>まだ代表団がありません。代表団のページで追加してください。</translation>
    </message>
    <message>
        <source>Save the briefing pack</source>
        <translation>ブリーフィング資料を保存</translation>
    </message>
    <message>
        <source>Briefing pack written</source>
        <translation>ブリーフィング資料を書き出しました</translation>
    </message>
    <message>
        <source>Writing the briefing pack…</source>
        <translation>ブリーフィング資料を書き出しています…</translation>
    </message>
    <message>
        <source>Wrote the briefing pack “{title}”.</source>
        <translation>ブリーフィング資料「{title}」を書き出しました。</translation>
    </message>
</context>
<context>
    <name>Feed</name>
    <message>
        <source>Everything (up to confidential)</source>
        <extracomment>Choices of the classification box: (label, the highest classification included).</extracomment>
        <translation>すべて（機密まで）</translation>
    </message>
    <message>
        <source>Public and restricted events</source>
        <translation>公開および取扱注意の行事</translation>
    </message>
    <message>
        <source>Public events only</source>
        <translation>公開の行事のみ</translation>
    </message>
    <message>
        <source>Programme feed</source>
        <translation>日程フィード</translation>
    </message>
    <message>
        <source>A calendar anyone may subscribe to: the events without their guest lists. Leave out what they should not see.</source>
        <translation>誰でも購読できるカレンダーです（行事のみで出席者名簿は含みません）。見せるべきでないものは除外してください。</translation>
    </message>
    <message>
        <source>Whose events</source>
        <translation>対象の行事</translation>
    </message>
    <message>
        <source>The whole programme</source>
        <translation>日程全体</translation>
    </message>
    <message>
        <source>Delegation: {name}</source>
        <translation>代表団: {name}</translation>
    </message>
    <message>
        <source>Highest classification included</source>
        <translation>含める最高の区分</translation>
    </message>
    <message>
        <source>Only these days</source>
        <translation>次の日のみ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>終了日（当日を含む）</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>終了日（当日を含む）(&amp;T):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Events of:</source>
        <translation>対象の行事(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>含める範囲(&amp;I):</translation>
    </message>
    <message>
        <source>⚠ The last day is before the first.</source>
        <translation>⚠ 終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>Save the programme feed</source>
        <translation>日程フィードを保存</translation>
    </message>
    <message>
        <source>Programme feed written</source>
        <translation>日程フィードを書き出しました</translation>
    </message>
    <message>
        <source>Writing the feed…</source>
        <translation>フィードを書き出しています…</translation>
    </message>
    <message>
        <source>with the programme feed</source>
        <translation>（日程フィード）</translation>
    </message>
    <message>
        <source>Whose itinerary?</source>
        <translation>誰の旅程ですか？</translation>
    </message>
    <message>
        <source>Save {name}’s itinerary</source>
        <translation>{name}の旅程を保存</translation>
    </message>
    <message>
        <source>Itinerary written</source>
        <translation>旅程を書き出しました</translation>
    </message>
    <message>
        <source>Writing the itinerary…</source>
        <translation>旅程を書き出しています…</translation>
    </message>
    <message>
        <source>with {name}’s itinerary</source>
        <translation>（{name}の旅程）</translation>
    </message>
    <message>
        <source>Wrote the itinerary of {name}.</source>
        <translation>{name}の旅程を書き出しました。</translation>
    </message>
</context>
<context>
    <name>FreeBusy</name>
    <message>
        <source>too far: {when} {title}</source>
        <translation>移動が間に合いません：{when} {title}</translation>
    </message>
    <message>
        <source>busy {when} {title}</source>
        <translation>予定あり：{when} {title}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Problem</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation>（新規）</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>人物の取り込み</translation>
    </message>
    <message>
        <source>Import people preview</source>
        <translation>人物の取り込みの確認</translation>
    </message>
    <message>
        <source>{file}: {rows} rows — {valid} valid</source>
        <translation>{file}: {rows} 行 — 有効 {valid} 行</translation>
    </message>
    <message>
        <source>, {n} with problems (shown first, with the reasons)</source>
        <translation>、問題のある行 {n} 行（理由とともに先頭に表示）</translation>
    </message>
    <message>
        <source>. New organisations: {names}</source>
        <translation>。新しい組織: {names}</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> ほか {n} 件</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>取り込みの概要</translation>
    </message>
    <message>
        <source>Organisations that may already exist</source>
        <translation>既に登録されている可能性のある団体</translation>
    </message>
    <message>
        <source>Organisation “{name}” is new: did you mean “{known}”?</source>
        <translation>団体「{name}」は新規です。「{known}」のことですか？</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>取り込む行</translation>
    </message>
    <message>
        <source>Add to delegation</source>
        <translation>代表団に追加</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>（代表団なし）</translation>
    </message>
    <message>
        <source>&amp;Import %n people</source>
        <translation>%n 名を取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Import all rows</source>
        <translation>すべての行を取り込む</translation>
    </message>
    <message>
        <source>Import the %n &amp;valid rows only</source>
        <translation>有効な %n 行のみ取り込む(&amp;V)</translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation>有効な行のみ取り込む</translation>
    </message>
    <message>
        <source>Some rows have problems; correct the file first.</source>
        <translation>問題のある行があります。先にファイルを修正してください。</translation>
    </message>
    <message>
        <source>Add everyone imported to:</source>
        <translation>取り込んだ全員を追加する代表団:</translation>
    </message>
    <message>
        <source>Reading people…</source>
        <translation>人物を読み込んでいます…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>取り込みが完了しました</translation>
    </message>
    <message>
        <source>Importing people…</source>
        <translation>人物を取り込んでいます…</translation>
    </message>
    <message>
        <source>Import %n person(s)</source>
        <translation>%n 名の取り込み</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>The work stopped unexpectedly: {error}</source>
        <translation>処理が予期せず停止しました: {error}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
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
    <name>LockWait</name>
    <message>
        <source>Waiting for the database</source>
        <translation>データベースの待機中</translation>
    </message>
    <message>
        <source>Another program is writing to the database.
Your change is kept and will be saved as soon as it has finished.</source>
        <translation>別のプログラムがデータベースに書き込んでいます。
変更は保持されており、書き込みが終わり次第保存されます。</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>待機をやめる(&amp;S)</translation>
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
    <message>
        <source>%n message(s), one per recipient:</source>
        <translation>受信者ごとに1通、計 %n 通:</translation>
    </message>
    <message>
        <source>(and {n} waiting in the outbox from before)</source>
        <translation>（ほかに以前から送信トレイで待機中の {n} 通）</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>What it tells</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Send %n message(s)</source>
        <translation>%n 通を送信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <extracomment>The report&apos;s line for a message delivered (listed after the problems).</extracomment>
        <translation>{host} の {user} のパスワード:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Save the programme to a file before sending e-mail.</source>
        <translation>メールを送信する前に日程をファイルに保存してください。</translation>
    </message>
    <message>
        <source>Send updates</source>
        <translation>更新を送信</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>招待状を送信</translation>
    </message>
    <message>
        <source>Nothing to send: everyone has the latest version.</source>
        <translation>送信するものはありません。全員が最新版を受け取っています。</translation>
    </message>
    <message>
        <source>There is no one to send to.</source>
        <translation>送信先がありません。</translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>メッセージを準備しています…</translation>
    </message>
    <message>
        <source>Sending finished: {result}</source>
        <translation>送信が完了しました: {result}</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <source>Sending was cancelled; what was not sent stays in the outbox for the next send.</source>
        <translation>送信を中止しました。未送信のものは次回の送信まで送信トレイに残ります。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <extracomment>The record pages (every page but the programme), built on first visit. Once, after the window&apos;s first paint has been delivered. The interface language changed (Preferences): the window is rebuilt in it.</extracomment>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Checking for clashes…</source>
        <translation>重複を確認中…</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Clash count</source>
        <translation>重複の件数</translation>
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
    <name>Meeting requests</name>
    <message>
        <source>host&apos;s</source>
        <translation>先方の拠点</translation>
    </message>
    <message>
        <source>any</source>
        <translation>どこでも</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>希望元</translation>
    </message>
    <message>
        <source>Wants to meet</source>
        <translation>面談相手</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>所要時間（分）</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>希望時間帯</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Filter requests: organisation, priority, venue…</source>
        <translation>面談希望を絞り込む：組織、優先度、会場…</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>面談希望の絞り込み</translation>
    </message>
    <message>
        <source>Meeting requests</source>
        <translation>面談希望</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>都合</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete window</source>
        <translation>時間帯を削除</translation>
    </message>
    <message>
        <source>Add window…</source>
        <translation>時間帯を追加…</translation>
    </message>
    <message>
        <source>Availability (windows when people or organisations are here, and busy times)</source>
        <translation>都合（人・組織が滞在していて空いている時間帯と、予定の入っている時間帯）</translation>
    </message>
    <message>
        <source>%1 of %n request(s)</source>
        <translation>面談希望 %n 件中 %1 件</translation>
    </message>
    <message>
        <source>%n request(s)</source>
        <translation>面談希望 %n 件</translation>
    </message>
    <message>
        <source>veto</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>(no longer in the programme)</source>
        <translation>（日程から削除された人）</translation>
    </message>
    <message>
        <source>Edit the request “{name}”</source>
        <translation>面談希望「{name}」を編集</translation>
    </message>
    <message>
        <source>Delete the request “{name}”</source>
        <translation>面談希望「{name}」を削除</translation>
    </message>
    <message>
        <source>Meeting request “{name}”</source>
        <translation>面談希望「{name}」</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>予定あり</translation>
    </message>
    <message>
        <source>available</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Cannot change the request</source>
        <translation>面談希望を変更できません</translation>
    </message>
    <message>
        <source>Delete an availability window</source>
        <translation>都合の時間帯の削除</translation>
    </message>
    <message>
        <source>Cannot add the window</source>
        <translation>時間帯を追加できません</translation>
    </message>
    <message>
        <source>Add an availability window</source>
        <translation>都合の時間帯の追加</translation>
    </message>
    <message>
        <source>Availability window</source>
        <translation>都合の時間帯</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1（組織）</translation>
    </message>
    <message>
        <source>Busy then (otherwise: here and free only then)</source>
        <translation>この時間は予定あり（外した場合：この時間だけ滞在していて空いている）</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>対象(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;From (New Delhi time)</source>
        <translation>開始（ニューデリー時間）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>備考(&amp;N)</translation>
    </message>
    <message>
        <source>The window ends before it starts.</source>
        <translation>時間帯の終了が開始より前になっています。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>none, or a language pair such as ja-en</source>
        <translation>なし、または ja-en のような言語の組み合わせ</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>優先度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>所要時間(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>通訳(&amp;I)</translation>
    </message>
    <message>
        <source>Interpreter “%1” is not a language pair such as ja-en.</source>
        <translation>通訳「%1」は ja-en のような言語の組み合わせになっていません。</translation>
    </message>
    <message>
        <source>must</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>should</source>
        <translation>希望</translation>
    </message>
    <message>
        <source>could</source>
        <translation>可能なら</translation>
    </message>
    <message>
        <source>no</source>
        <translation>不可</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Database from a newer version</source>
        <translation>新しいバージョンのデータベース</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>ファイル: {path}</translation>
    </message>
    <message>
        <source>Load the sample programme?</source>
        <translation>サンプルの日程を読み込みますか？</translation>
    </message>
    <message>
        <source>This database is empty. Load the sample programme to look around?</source>
        <translation>このデータベースは空です。サンプルの日程を読み込んで操作を試してみますか？</translation>
    </message>
    <message>
        <source>Two days of Japan–India meetings on batteries and electric vehicles in New Delhi, with fictional people. You can delete it at any time.</source>
        <translation>ニューデリーで行われる蓄電池と電気自動車に関する2日間の日印会合です（人物は架空です）。いつでも削除できます。</translation>
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
        <extracomment>At most this many matches are listed; typing more narrows them down. A search slower than this (seconds) waits for a pause in typing from then on. person id -&gt; (note, tooltip): busy at the time of the event being edited</extracomment>
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
        <extracomment>Set by the event editor: person id -&gt; (note, tooltip) for the busy among people.</extracomment>
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
        <source>Lock the event</source>
        <translation>行事を固定</translation>
    </message>
    <message>
        <source>Unlock the event</source>
        <translation>行事の固定を解除</translation>
    </message>
    <message>
        <source>Import meeting requests from a CSV file (all rows or none)</source>
        <translation>CSV ファイルから面談希望を取り込む（全行か、なしか）</translation>
    </message>
    <message>
        <source>Meeting requests</source>
        <translation>面談希望</translation>
    </message>
    <message>
        <source>Import meeting requests</source>
        <translation>面談希望の取り込み</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>何も取り込まれませんでした</translation>
    </message>
    <message>
        <source>Imported %n meeting request(s).</source>
        <translation>面談希望を %n 件取り込みました。</translation>
    </message>
    <message>
        <source>Locked (the scheduler never moves it)</source>
        <translation>固定（自動計画で動かさない）</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常はポート 587）</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS（通常はポート 465）</translation>
    </message>
    <message>
        <source>None — only for a relay on this computer</source>
        <translation>なし — このコンピューター上の中継サーバーのみ</translation>
    </message>
    <message>
        <source>kept in the system&apos;s keyring, never in Delegation Desk&apos;s files</source>
        <translation>システムのキーリングに保管され、Delegation Desk のファイルには保存されません</translation>
    </message>
    <message>
        <source>usual port</source>
        <translation>標準ポート</translation>
    </message>
    <message>
        <source>optional: the mailbox that sends for the organisers</source>
        <translation>任意: 主催者に代わって送信するメールボックス</translation>
    </message>
    <message>
        <source>Keep this password in the system&apos;s keyring</source>
        <translation>このパスワードをシステムのキーリングに保管する</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>メールサーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>セキュリティ(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Se&amp;nder address:</source>
        <translation>送信者アドレス(&amp;N):</translation>
    </message>
    <message>
        <source>Invitations go From the event&apos;s organiser; with a sender address, that mailbox sends them on the organiser&apos;s behalf.</source>
        <translation>招待状の差出人は行事の主催者です。送信者アドレスを指定すると、そのメールボックスが主催者に代わって送信します。</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>カレンダーのアドレス(&amp;A):</translation>
    </message>
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
        <source>Cannot move the event</source>
        <translation>行事を移動できません</translation>
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
    <message>
        <source>Days and time zones</source>
        <translation>日付と時間帯</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <source>Save the seating plan</source>
        <extracomment>What each printed document&apos;s dialogs say: save, written, writing, wrote.</extracomment>
        <translation>席次表を保存</translation>
    </message>
    <message>
        <source>Seating plan written</source>
        <translation>席次表を書き出しました</translation>
    </message>
    <message>
        <source>Writing the seating plan…</source>
        <translation>席次表を書き出しています…</translation>
    </message>
    <message>
        <source>Wrote the seating plan of “{title}”.</source>
        <translation>「{title}」の席次表を書き出しました。</translation>
    </message>
    <message>
        <source>Save the name cards</source>
        <translation>名札（卓上札）を保存</translation>
    </message>
    <message>
        <source>Name cards written</source>
        <translation>名札（卓上札）を書き出しました</translation>
    </message>
    <message>
        <source>Writing the name cards…</source>
        <translation>名札（卓上札）を書き出しています…</translation>
    </message>
    <message>
        <source>Wrote the name cards of “{title}”.</source>
        <translation>「{title}」の名札（卓上札）を書き出しました。</translation>
    </message>
    <message>
        <source>Save the badges</source>
        <translation>バッジを保存</translation>
    </message>
    <message>
        <source>Badges written</source>
        <translation>バッジを書き出しました</translation>
    </message>
    <message>
        <source>Writing the badges…</source>
        <translation>バッジを書き出しています…</translation>
    </message>
    <message>
        <source>Wrote the badges of “{title}”.</source>
        <translation>「{title}」のバッジを書き出しました。</translation>
    </message>
    <message>
        <source>Save the vehicle manifest</source>
        <translation>配車表を保存</translation>
    </message>
    <message>
        <source>Vehicle manifest written</source>
        <translation>配車表を書き出しました</translation>
    </message>
    <message>
        <source>Writing the vehicle manifest…</source>
        <translation>配車表を書き出しています…</translation>
    </message>
    <message>
        <source>Wrote the vehicle manifest of “{title}”.</source>
        <translation>「{title}」の配車表を書き出しました。</translation>
    </message>
    <message>
        <source>Save the attendance</source>
        <translation>出欠記録を保存</translation>
    </message>
    <message>
        <source>Attendance written</source>
        <translation>出欠記録を書き出しました</translation>
    </message>
    <message>
        <source>Writing the attendance…</source>
        <translation>出欠記録を書き出しています…</translation>
    </message>
    <message>
        <source>Wrote the attendance of “{title}”.</source>
        <translation>「{title}」の出欠記録を書き出しました。</translation>
    </message>
    <message>
        <source>There are no events with transport legs yet.</source>
        <translation>移動区間のある行事はまだありません。</translation>
    </message>
    <message>
        <source>There are no events yet.</source>
        <translation>まだ行事がありません。</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>行事:</translation>
    </message>
    <message>
        <source>Seating plan</source>
        <translation>席次表</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>車両</translation>
    </message>
    <message>
        <source>Print the seating plan</source>
        <translation>席次表を印刷</translation>
    </message>
    <message>
        <source>Print name cards</source>
        <translation>名札（卓上札）を印刷</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>バッジを印刷</translation>
    </message>
    <message>
        <source>Print the vehicle manifest</source>
        <translation>配車表を印刷</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>出欠記録を書き出す</translation>
    </message>
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
    <message>
        <source>Check-in desk</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>行事</translation>
    </message>
    <message>
        <source>Scan a badge or type a name</source>
        <translation>バッジを読み取るか氏名を入力</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name and press Enter</source>
        <translation>バッジを読み取るか、氏名を入力して Enter を押してください</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>受付可能</translation>
    </message>
    <message>
        <source>People expected</source>
        <translation>来場予定者</translation>
    </message>
    <message>
        <source>Arrivals by delegation</source>
        <translation>代表団ごとの到着状況</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Undo last check-in</source>
        <translation>直前の受付を取り消す</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Nobody expected matches “{text}”: not on the list</source>
        <translation>「{text}」に一致する来場予定者はいません：名簿にありません</translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <translation>{name}の受付</translation>
    </message>
    <message>
        <source>Check-in of {name} undone</source>
        <translation>{name}の受付を取り消しました</translation>
    </message>
    <message>
        <source>arrived {time}</source>
        <translation>{time} 到着</translation>
    </message>
    <message>
        <source>All</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Order of precedence</source>
        <translation>席次</translation>
    </message>
    <message>
        <source>Rank table of</source>
        <translation>席次表の対象</translation>
    </message>
    <message>
        <source>Default table (delegations without their own)</source>
        <translation>既定の表（独自の表を持たない代表団）</translation>
    </message>
    <message>
        <source>Ranks, most senior first: titles starting with a keyword (the longest wins) take that rank.</source>
        <translation>序列（上位から）：キーワードで始まる役職がその序列になります（最も長いキーワードが優先）。</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Position titles (keywords, comma-separated)</source>
        <translation>役職名（キーワード、カンマ区切り）</translation>
    </message>
    <message>
        <source>Add rank</source>
        <translation>序列を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>In order of precedence</source>
        <translation>席次順</translation>
    </message>
    <message>
        <source>New rank</source>
        <translation>新しい序列</translation>
    </message>
    <message>
        <source>Edit a rank table</source>
        <translation>序列表の編集</translation>
    </message>
    <message>
        <source>Bilateral table</source>
        <extracomment>The layouts of a plan, as the editor names them.</extracomment>
        <translation>対面テーブル</translation>
    </message>
    <message>
        <source>Round tables</source>
        <translation>円卓</translation>
    </message>
    <message>
        <source>Conference rows</source>
        <translation>会議形式（列）</translation>
    </message>
    <message>
        <source>Seating plan — {title}</source>
        <translation>席次表 — {title}</translation>
    </message>
    <message>
        <source>Drag a name onto another seat to move it; Ctrl+Z undoes.</source>
        <translation>名前を別の席へドラッグすると移動します。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>New plan from precedence</source>
        <translation>席次から新しい配席を作成</translation>
    </message>
    <message>
        <source>Seating plan drawing</source>
        <translation>席次表の図</translation>
    </message>
    <message>
        <source>TABLE — hosts above, guests below</source>
        <translation>テーブル — 上側が主催者側、下側が来賓側</translation>
    </message>
    <message>
        <source>Move a seat</source>
        <translation>席の移動</translation>
    </message>
    <message>
        <source>New seating plan</source>
        <translation>新しい席次表</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>ナンバー</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>車種</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座席数</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>運転手</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>運転手の電話番号</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>乗客</translation>
    </message>
    <message>
        <source>Vehicles — {title}</source>
        <translation>車両 — {title}</translation>
    </message>
    <message>
        <source>Transport leg</source>
        <translation>移動区間</translation>
    </message>
    <message>
        <source>%n passenger(s)</source>
        <translation>乗客 %n 名</translation>
    </message>
    <message>
        <source>This event has no transport legs: add them in the event.</source>
        <translation>この行事には移動区間がありません。行事の編集画面で追加してください。</translation>
    </message>
    <message>
        <source>Vehicles of the leg</source>
        <translation>この区間の車両</translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation>車両を追加</translation>
    </message>
    <message>
        <source>Remove vehicle</source>
        <translation>車両を削除</translation>
    </message>
    <message>
        <source>Assign by precedence</source>
        <translation>席次順に割り当て</translation>
    </message>
    <message>
        <source>Row {row}: seats must be a whole number, not “{text}”.</source>
        <translation>{row} 行目: 座席数は整数で入力してください（「{text}」ではなく）。</translation>
    </message>
    <message>
        <source>The vehicles</source>
        <translation>車両</translation>
    </message>
    <message>
        <source>Edit vehicles</source>
        <translation>車両の編集</translation>
    </message>
    <message>
        <source>Assign passengers by precedence</source>
        <translation>乗客を席次順に割り当て</translation>
    </message>
    <message>
        <source>%n passenger(s) have no seat: add a vehicle.</source>
        <translation>%n 名の乗客の座席がありません。車両を追加してください。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>%n badge(s) of these people, issued after theirs on another laptop, are duplicates: hand each person the badge printed now and collect the other at check-in (it is still accepted there): {names}.</source>
        <translation>この方々のバッジ %n 件は、別のパソコンで後から発行された二重発行のバッジです。今回印刷したバッジを各人にお渡しし、もう一方は受付で回収してください（受付では引き続き有効です）：{names}。</translation>
    </message>
</context>
<context>
    <name>Publish</name>
    <message>
        <source>Publish calendars</source>
        <translation>カレンダーを公開</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>カレンダーのアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>対象(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>公開(&amp;P)</translation>
    </message>
    <message>
        <source>Save the programme to a file before publishing.</source>
        <translation>公開する前に日程をファイルに保存してください。</translation>
    </message>
    <message>
        <source>Calendar published</source>
        <translation>カレンダーを公開しました</translation>
    </message>
    <message>
        <source>Published to {url}: {result}</source>
        <translation>{url} に公開しました: {result}</translation>
    </message>
    <message>
        <source>Publishing the calendar…</source>
        <translation>カレンダーを公開しています…</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>Qt&apos;s own strings that its Japanese catalogue lacks (Qt 6 added the mnemonics, its catalogue kept the old forms): the file dialog Qt draws itself (no desktop&apos;s own, as on a plain X session) would say &quot;Look in:&quot; and &quot;Files of type:&quot; in English. Ours has them.</extracomment>
        <translation>ファイルの場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Government</source>
        <extracomment>Nationalities written in words, as the CSV import accepts them (&quot;India&quot; is IN). The kinds of organisation, as the dialog names them.</extracomment>
        <translation>政府機関</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>投資家</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>政府系機関</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>人物の編集</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>人物の追加</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Japanese name:</source>
        <translation>日本語表記(&amp;J):</translation>
    </message>
    <message>
        <source>kanji or kana, e.g. 山田 太郎</source>
        <translation>漢字またはかな（例: 山田 太郎）</translation>
    </message>
    <message>
        <source>Honor&amp;ific:</source>
        <translation>敬称(&amp;I):</translation>
    </message>
    <message>
        <source>Mr, Ms, Dr, H.E., Shri …</source>
        <translation>Mr、Ms、Dr、H.E.、Shri …</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>役職(&amp;P):</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所属(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>国籍(&amp;N):</translation>
    </message>
    <message>
        <source>two letters: JP, IN …</source>
        <translation>2文字: JP、IN …</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Dietary needs:</source>
        <translation>食事の制限(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Accessibility:</source>
        <translation>配慮事項(&amp;A):</translation>
    </message>
    <message>
        <source>There is no organisation “{typed}”: did you mean {names}?</source>
        <translation>団体「{typed}」はありません。{names} のことですか？</translation>
    </message>
    <message>
        <source>There is no organisation “{typed}”: add it on the Organisations page first, or leave the box empty.</source>
        <translation>団体「{typed}」はありません。先に団体のページで追加するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>組織の編集</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>組織の追加</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>業種(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>ウェブサイト(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>概要(&amp;P):</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>{label} “{text}” is not a number.</source>
        <translation>{label}「{text}」は数値ではありません。</translation>
    </message>
    <message>
        <source>Edit venue</source>
        <translation>会場の編集</translation>
    </message>
    <message>
        <source>Add venue</source>
        <translation>会場の追加</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>都市(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>州・地域(&amp;R):</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>国(&amp;U):</translation>
    </message>
    <message>
        <source>two letters: IN, JP …</source>
        <translation>2文字: IN、JP …</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>時間帯(&amp;T):</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>定員(&amp;P):</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>緯度:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>経度:</translation>
    </message>
    <message>
        <source>Acc&amp;ess notes:</source>
        <translation>アクセスに関する注記(&amp;E):</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Add r&amp;oom</source>
        <translation>部屋を追加(&amp;O)</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>部屋を追加</translation>
    </message>
    <message>
        <source>Re&amp;move room</source>
        <translation>部屋を削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>部屋を削除</translation>
    </message>
    <message>
        <source>Rooms:</source>
        <translation>部屋:</translation>
    </message>
    <message>
        <source>Room “{name}”</source>
        <translation>部屋「{name}」</translation>
    </message>
    <message>
        <source>The capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>The latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>The longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <source>Edit delegation</source>
        <translation>代表団の編集</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>代表団の追加</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>本国の時間帯</translation>
    </message>
    <message>
        <source>Home time &amp;zone:</source>
        <translation>本国の時間帯(&amp;Z):</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>団長</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>団長(&amp;H):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>備考(&amp;T):</translation>
    </message>
    <message>
        <source>Find people to add</source>
        <translation>追加する人物を検索</translation>
    </message>
    <message>
        <source>Find people by name, organisation or email…</source>
        <translation>氏名・所属・メールで人物を検索…</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>見つかった人物</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>団員</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>追加(&amp;A) →</translation>
    </message>
    <message>
        <source>Add selected people</source>
        <translation>選択した人物を追加</translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation>← 外す(&amp;R)</translation>
    </message>
    <message>
        <source>Remove selected members</source>
        <translation>選択した団員を外す</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>団員:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>The event “{name}” no longer exists: it was deleted in another window or by another program.</source>
        <translation>行事「{name}」はもうありません。別のウィンドウか別のプログラムで削除されました。</translation>
    </message>
    <message>
        <source>This event no longer exists: it was deleted in another window or by another program.</source>
        <translation>この行事はもうありません。別のウィンドウか別のプログラムで削除されました。</translation>
    </message>
    <message>
        <source>{name} is no longer in the programme: it was deleted in another window or by another program.</source>
        <translation>{name} さんはもう登録されていません。別のウィンドウか別のプログラムで削除されました。</translation>
    </message>
    <message>
        <source>This person is no longer in the programme: it was deleted in another window or by another program.</source>
        <translation>この方はもう登録されていません。別のウィンドウか別のプログラムで削除されました。</translation>
    </message>
    <message>
        <source>The organisation “{name}” no longer exists: it was deleted in another window or by another program.</source>
        <translation>団体「{name}」はもうありません。別のウィンドウか別のプログラムで削除されました。</translation>
    </message>
    <message>
        <source>This organisation no longer exists: it was deleted in another window or by another program.</source>
        <translation>この団体はもうありません。別のウィンドウか別のプログラムで削除されました。</translation>
    </message>
    <message>
        <source>The delegation “{name}” no longer exists: it was deleted in another window or by another program.</source>
        <translation>代表団「{name}」はもうありません。別のウィンドウか別のプログラムで削除されました。</translation>
    </message>
    <message>
        <source>This delegation no longer exists: it was deleted in another window or by another program.</source>
        <translation>この代表団はもうありません。別のウィンドウか別のプログラムで削除されました。</translation>
    </message>
    <message>
        <source>The venue “{name}” no longer exists: it was deleted in another window or by another program.</source>
        <translation>会場「{name}」はもうありません。別のウィンドウか別のプログラムで削除されました。</translation>
    </message>
    <message>
        <source>This venue no longer exists: it was deleted in another window or by another program.</source>
        <translation>この会場はもうありません。別のウィンドウか別のプログラムで削除されました。</translation>
    </message>
    <message>
        <source>The meeting request “{name}” no longer exists: it was deleted in another window or by another program.</source>
        <translation>面談希望「{name}」はもうありません。別のウィンドウか別のプログラムで削除されました。</translation>
    </message>
    <message>
        <source>This meeting request no longer exists: it was deleted in another window or by another program.</source>
        <translation>この面談希望はもうありません。別のウィンドウか別のプログラムで削除されました。</translation>
    </message>
    <message>
        <source>What you chose no longer exists: it was deleted in another window or by another program.</source>
        <translation>選択した項目はもうありません。別のウィンドウか別のプログラムで削除されました。</translation>
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
    <message>
        <source>Replies not imported</source>
        <translation>回答は取り込まれませんでした</translation>
    </message>
    <message>
        <source>Reading replies…</source>
        <translation>回答を読み込んでいます…</translation>
    </message>
    <message>
        <source>Import %n reply(ies)</source>
        <translation>%n 件の回答の取り込み</translation>
    </message>
    <message>
        <source>Replies imported</source>
        <translation>回答を取り込みました</translation>
    </message>
    <message>
        <source>{changed} changed, {unchanged} unchanged, {ignored} ignored.</source>
        <translation>変更 {changed} 件、変更なし {unchanged} 件、無視 {ignored} 件。</translation>
    </message>
    <message>
        <source>… and {n} more (Show Details).</source>
        <translation>… ほか {n} 件（「詳細を表示」で確認）。</translation>
    </message>
    <message>
        <source>Ctrl+Z takes the changes back.</source>
        <translation>Ctrl+Z で変更を元に戻せます。</translation>
    </message>
</context>
<context>
    <name>Schedule meetings</name>
    <message>
        <source>The scheduler stopped unexpectedly: %1</source>
        <translation>自動計画が予期せず停止しました：%1</translation>
    </message>
    <message>
        <source>Schedule meetings</source>
        <translation>面談を組む</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the optimiser may improve the first schedule; 0: the fast first schedule only</source>
        <translation>最初の案を最適化で改善する時間（0 の場合は最初の速い案のみ）</translation>
    </message>
    <message>
        <source>Meetings whose invites were sent may move</source>
        <translation>招待状を送付済みの面談も動かしてよい</translation>
    </message>
    <message>
        <source>Time &amp;limit</source>
        <translation>制限時間(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>乱数シード(&amp;S)</translation>
    </message>
    <message>
        <source>Press Schedule to place the meeting requests.</source>
        <translation>「組む」を押すと面談希望を配置します。</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>案</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>日時と場所</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>組む(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the search and show the best schedule found so far</source>
        <translation>探索を止めて、それまでで最良の案を表示する</translation>
    </message>
    <message>
        <source>Accept &amp;all</source>
        <translation>すべて採用(&amp;A)</translation>
    </message>
    <message>
        <source>Accept &amp;ticked</source>
        <translation>チェックしたものを採用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>There are no meeting requests to schedule. Import some with File ▸ Import requests first.</source>
        <translation>組む面談希望がありません。先に「ファイル ▸ 面談希望の取り込み」で取り込んでください。</translation>
    </message>
    <message>
        <source>Placing the meetings…</source>
        <translation>面談を配置しています…</translation>
    </message>
    <message>
        <source>Stopping: keeping the best schedule found so far…</source>
        <translation>停止しています：それまでで最良の案を残します…</translation>
    </message>
    <message>
        <source>Best value so far: %1</source>
        <translation>これまでの最良の評価値：%1</translation>
    </message>
    <message>
        <source> · bound: %1</source>
        <translation> · 上限：%1</translation>
    </message>
    <message>
        <source>value %1 of at most %2</source>
        <translation>評価値 %1（上限 %2）</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>評価値 %1</translation>
    </message>
    <message>
        <source>%1 new meetings, %2 moved, %3 requests unscheduled; %4.</source>
        <translation>新しい面談 %1 件、移動 %2 件、未配置の面談希望 %3 件。%4。</translation>
    </message>
    <message>
        <source>Scheduled (%1)</source>
        <translation>配置（%1）</translation>
    </message>
    <message>
        <source>Moved (%1)</source>
        <translation>移動（%1）</translation>
    </message>
    <message>
        <source>Kept (%1)</source>
        <translation>据え置き（%1）</translation>
    </message>
    <message>
        <source>Unscheduled (%1)</source>
        <translation>未配置（%1）</translation>
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
        <source>Events</source>
        <extracomment>What a screen reader calls each page, its table and its buttons: whole phrases per kind, so a language can word and order each its own way.</extracomment>
        <translation>行事</translation>
    </message>
    <message>
        <source>Events table</source>
        <translation>行事の一覧</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>行事の追加</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>行事の編集</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>行事の削除</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>People table</source>
        <translation>人物の一覧</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>人物の追加</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>人物の編集</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>人物の削除</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Organisations table</source>
        <translation>団体の一覧</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>団体の追加</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>団体の編集</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>団体の削除</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Venues table</source>
        <translation>会場の一覧</translation>
    </message>
    <message>
        <source>Add venue</source>
        <translation>会場の追加</translation>
    </message>
    <message>
        <source>Edit venue</source>
        <translation>会場の編集</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>会場の削除</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表団</translation>
    </message>
    <message>
        <source>Delegations table</source>
        <translation>代表団の一覧</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>代表団の追加</translation>
    </message>
    <message>
        <source>Edit delegation</source>
        <translation>代表団の編集</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>代表団の削除</translation>
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
        <source>Team: %n change(s) waiting</source>
        <translation>チーム：未送信の変更 %n 件</translation>
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
        <source>This file does not belong to a team, so it has no conflicts. File ▸ Team ▸ Create team from this file… shares it with a team.</source>
        <translation>このファイルはチームに属していないため、競合はありません。チームで共有するには、ファイル ▸ チーム ▸ このファイルからチームを作る… を使ってください。</translation>
    </message>
    <message>
        <source>Upgrade the team&apos;s programme</source>
        <translation>チームの日程の形式を更新</translation>
    </message>
    <message>
        <source>Move the team&apos;s programme to this version&apos;s format? What this version shares beyond the team&apos;s format is sent from this file (the lead&apos;s); every member then needs this version of Delegation Desk to sync.</source>
        <translation>チームの日程をこのバージョンの形式に更新しますか？これまでの形式では共有されなかったデータは、このファイル（リーダーのファイル）から送信されます。更新後、メンバー全員が同期するにはこのバージョンの Delegation Desk が必要です。</translation>
    </message>
    <message>
        <source>Upgrading the team&apos;s programme…</source>
        <translation>チームの日程の形式を更新しています…</translation>
    </message>
    <message>
        <source>The team&apos;s programme is in this version&apos;s format.</source>
        <translation>チームの日程はこのバージョンの形式になりました。</translation>
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
        <source>&amp;Upgrade the team&apos;s programme…</source>
        <translation>チームの日程の形式を更新(&amp;U)…</translation>
    </message>
    <message>
        <source>(The lead) move a team made with an earlier version to this version&apos;s format</source>
        <translation>（リーダー）以前のバージョンで作成したチームをこのバージョンの形式に更新</translation>
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
        <source>Organisation</source>
        <extracomment>What kind of record a conflict is about, by synced table.</extracomment>
        <translation>団体</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <source>Delegation member</source>
        <translation>代表団員</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>移動時間</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>行事</translation>
    </message>
    <message>
        <source>Event host</source>
        <translation>行事の主催団体</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>出席者</translation>
    </message>
    <message>
        <source>Transport leg</source>
        <translation>移動区間</translation>
    </message>
    <message>
        <source>Passenger</source>
        <translation>乗客</translation>
    </message>
    <message>
        <source>Meeting request</source>
        <translation>面談希望</translation>
    </message>
    <message>
        <source>Attendee of a request</source>
        <translation>面談希望の出席者</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>空き状況</translation>
    </message>
    <message>
        <source>Base venue</source>
        <translation>拠点会場</translation>
    </message>
    <message>
        <source>Locked event</source>
        <translation>固定された行事</translation>
    </message>
    <message>
        <source>Rank of a rank table</source>
        <translation>序列表の序列</translation>
    </message>
    <message>
        <source>Person&apos;s rank</source>
        <translation>個人の序列</translation>
    </message>
    <message>
        <source>Seating plan</source>
        <translation>席次表</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座席</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>バッジ</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>受付記録</translation>
    </message>
    <message>
        <source>Passenger of a vehicle</source>
        <translation>車両の乗員</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>贈答品</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>The synced fields as a person names them (a test checks every field is here).</extracomment>
        <translation>名称</translation>
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
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
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
        <source>Name in Japanese</source>
        <translation>日本語表記</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>食事制限</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>配慮事項</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>本拠地の時間帯</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>団長</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>緯度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>経度</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>アクセス情報</translation>
    </message>
    <message>
        <source>From venue</source>
        <translation>出発会場</translation>
    </message>
    <message>
        <source>To venue</source>
        <translation>到着会場</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>所要時間（分）</translation>
    </message>
    <message>
        <source>Calendar UID</source>
        <translation>カレンダーUID</translation>
    </message>
    <message>
        <source>Calendar sequence</source>
        <translation>カレンダーの改訂番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
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
        <source>Objectives</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主催者</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>集合場所</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>安全上の注意</translation>
    </message>
    <message>
        <source>Host contact</source>
        <translation>受入先の連絡担当</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最終更新日時</translation>
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
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
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
        <source>Requested by</source>
        <translation>希望元</translation>
    </message>
    <message>
        <source>Organisation asked for</source>
        <translation>希望先の組織</translation>
    </message>
    <message>
        <source>Person asked for</source>
        <translation>希望先の人物</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>所要時間（分）</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Where to meet</source>
        <translation>面談場所の決め方</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>開始可能時刻</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>終了期限</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>予定あり</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Position keywords</source>
        <translation>役職のキーワード</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>側</translation>
    </message>
    <message>
        <source>Table number</source>
        <translation>テーブル番号</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>横位置</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>縦位置</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>バッジのコード</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>ナンバー</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座席数</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>運転手</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>運転手の電話</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>贈呈日</translation>
    </message>
    <message>
        <source>Given or received</source>
        <translation>贈呈・受領の別</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>贈り主</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受け取り手</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名・内容</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>価額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>merged with the others&apos; changes the record would be invalid: %1</source>
        <translation>他の人の変更と合わせると記録が不正になります：%1</translation>
    </message>
    <message>
        <source>still used by %n record(s) of the others</source>
        <translation>他の人の記録 %n 件でまだ使われています</translation>
    </message>
    <message>
        <source>deleted by another; your change to a record of kind “%1” uses it</source>
        <translation>他の人が削除しましたが、あなたの「%1」の変更がこれを使っています</translation>
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
        <source>Your value of “%1” cannot be saved:</source>
        <translation>自分の「%1」の値は保存できません:</translation>
    </message>
    <message>
        <source>A new value for %1:</source>
        <translation>%1の新しい値:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>{names} and %n more</source>
        <translation>{names} ほか %n 名</translation>
    </message>
    <message>
        <source>%n badge(s) were issued twice, on two laptops: print them again and collect the others at check-in (Protocol ▸ Print badges) — {names}</source>
        <translation>%n 件のバッジが 2 台のパソコンで二重に発行されました。バッジを再印刷し、もう一方は受付で回収してください（儀典 ▸ バッジを印刷）— {names}</translation>
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
    <name>Undo</name>
    <message>
        <source>Add “{name}”</source>
        <translation>「{name}」を追加</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>「{name}」を編集</translation>
    </message>
    <message>
        <source>Delete “{name}” and its %n attendee(s)</source>
        <translation>「{name}」と出席者 %n 名を削除</translation>
    </message>
    <message>
        <source>Delete the delegation “{name}” (%n member(s))</source>
        <translation>代表団「{name}」（団員 %n 名）を削除</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>「{name}」を削除</translation>
    </message>
    <message>
        <source>Cancel “{name}”</source>
        <translation>「{name}」を中止</translation>
    </message>
    <message>
        <source>Move “{name}” to {when}</source>
        <translation>「{name}」を {when} に移動</translation>
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
